namespace Scheduling.Quality;

/// <summary>
/// One (instance, core) solve: a row of results.csv and of the printed tables. A Curtois instance is scored against its
/// best known objective; a generated unit against the demand curve (need covered) and the LP cover bound.
/// </summary>
public sealed record ResultRow
{
    public const string UnitKind = "unit";
    public const string CurtoisKind = "curtois";

    public static readonly string[] Columns =
    [
        "kind", "instance", "size", "core", "status", "solutions", "first_solution_seconds", "objective", "best_bound", "solver_gap_percent",
        "best_known", "gap_percent", "ratio_to_baseline", "need_covered_percent", "lp_bound_percent", "points_below_lp_bound",
        "hard_violations", "peak_mib", "seconds",
    ];

    public required string Kind { get; init; }
    public required string Instance { get; init; }

    /// <summary>Staff × days, written <c>20x28</c>.</summary>
    public required string Size { get; init; }

    /// <summary>The solver core, lower case (<c>decomposition</c>, <c>baseline</c>).</summary>
    public required string Core { get; init; }

    public required string Status { get; init; }
    public int? Solutions { get; init; }
    public double? FirstSolutionSeconds { get; init; }
    public long? Objective { get; init; }
    public long? BestBound { get; init; }
    public long? BestKnown { get; init; }
    public int? HardViolations { get; init; }

    /// <summary>The roster's need covered, in percent (units only).</summary>
    public double? NeedCoveredPercent { get; init; }

    /// <summary>What the LP cover bound allows, in percent (units only).</summary>
    public double? LpBoundPercent { get; init; }

    /// <summary>The solving child process's peak resident memory (VmHWM), MiB.</summary>
    public long? PeakMib { get; init; }

    public double? Seconds { get; init; }

    /// <summary>100 × (objective − best bound) / objective: the gap against the solver's own bound.</summary>
    public double? SolverGapPercent => Objective is { } o && BestBound is { } b ? 100.0 * (o - b) / Math.Max(1.0, Math.Abs((double)o)) : null;

    /// <summary>100 × (objective − best known) / best known, when both are known.</summary>
    /// <remarks>For a "mismatch" row the objective is the rule checker's penalty of the solver's roster.</remarks>
    public double? GapPercent => Objective is { } o && BestKnown is { } b && b != 0 ? 100.0 * (o - b) / b : null;

    /// <summary>How far the roster's need covered is below what the LP bound allows, in percentage points.</summary>
    public double? PointsBelowLpBound => NeedCoveredPercent is { } n && LpBoundPercent is { } lp ? lp - n : null;

    /// <summary>A roster obeying every hard rule was found (the checker's word, not the solver's).</summary>
    public bool IsFeasible => Status is "optimal" or "feasible" && HardViolations == 0;

    /// <summary>The cells in <see cref="Columns"/>' order; the ratio needs the other rows (<see cref="ResultTables.RatioToBaseline"/>).</summary>
    public IEnumerable<string> Cells(double? ratioToBaseline) =>
    [
        Kind, Instance, Size, Core, Status, Whole(Solutions), Fixed(FirstSolutionSeconds), Number(Objective), Number(BestBound), Fixed(SolverGapPercent),
        Number(BestKnown), Fixed(GapPercent), Fixed(ratioToBaseline, "0.000"), Fixed(NeedCoveredPercent), Fixed(LpBoundPercent), Fixed(PointsBelowLpBound),
        Whole(HardViolations), Number(PeakMib), Fixed(Seconds),
    ];

    internal static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    internal static string Whole(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    internal static string Fixed(double? value, string format = "0.00") => value?.ToString(format, CultureInfo.InvariantCulture) ?? "";
}
