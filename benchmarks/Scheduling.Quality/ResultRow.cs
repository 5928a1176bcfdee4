using System.Globalization;

namespace Scheduling.Quality;

/// <summary>One instance's outcome: a row of results.csv and of the printed table.</summary>
public sealed record ResultRow(
    string Instance,
    string Status,
    long? Objective,
    long? BestBound,
    long? BestKnown,
    double? FirstSolutionSeconds,
    double? Seconds,
    int? HardViolations)
{
    public static readonly string[] Columns =
        ["instance", "status", "objective", "best_bound", "best_known", "gap_percent", "first_solution_seconds", "seconds", "hard_violations"];

    /// <summary>100 × (objective − best known) / best known, when both are known.</summary>
    /// <remarks>For a "mismatch" row the objective is the rule checker's penalty of the solver's roster.</remarks>
    public double? GapPercent => Objective is { } o && BestKnown is { } b && b != 0 ? 100.0 * (o - b) / b : null;

    /// <summary>A roster obeying every hard rule was found (the checker's word, not the solver's).</summary>
    public bool IsFeasible => Status is "optimal" or "feasible" && HardViolations == 0;

    public IEnumerable<string> Cells() =>
    [
        Instance, Status, Number(Objective), Number(BestBound), Number(BestKnown), Fixed(GapPercent), Fixed(FirstSolutionSeconds), Fixed(Seconds),
        HardViolations?.ToString(CultureInfo.InvariantCulture) ?? "",
    ];

    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Fixed(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>results.csv and the Markdown table with its summary line.</summary>
public static class ResultTables
{
    public static string Csv(IEnumerable<ResultRow> rows) =>
        string.Join(',', ResultRow.Columns) + "\n" + string.Concat(rows.Select(r => string.Join(',', r.Cells()) + "\n"));

    public static string Markdown(IReadOnlyList<ResultRow> rows)
    {
        var lines = new List<string>
        {
            "| " + string.Join(" | ", ResultRow.Columns) + " |",
            "|" + string.Concat(ResultRow.Columns.Select((_, i) => i < 2 ? " --- |" : " ---: |")),
        };
        lines.AddRange(rows.Select(r => "| " + string.Join(" | ", r.Cells()) + " |"));
        lines.Add("");
        lines.Add(Summary(rows));
        return string.Join('\n', lines) + "\n";
    }

    public static string Summary(IReadOnlyList<ResultRow> rows)
    {
        var feasible = rows.Count(r => r.IsFeasible);
        var optimal = rows.Count(r => r.IsFeasible && r.Status == "optimal");
        var gaps = rows.Where(r => r.IsFeasible && r.GapPercent is not null).Select(r => r.GapPercent!.Value).ToList();
        var mean = gaps.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $"{gaps.Average():0.00} % over {gaps.Count} instance{(gaps.Count == 1 ? "" : "s")}") : "n/a";
        var mismatches = rows.Count(r => r.Status == "mismatch");
        var summary = $"feasible: {feasible} of {rows.Count} (proven optimal: {optimal}); mean gap to best known: {mean}";
        return mismatches == 0 ? summary : summary + $"; solver/checker mismatches (not counted): {mismatches}";
    }
}
