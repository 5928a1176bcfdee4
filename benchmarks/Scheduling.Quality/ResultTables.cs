namespace Scheduling.Quality;

/// <summary>results.csv (every row, every column) and the Markdown tables (units and Curtois apart, each with its own columns and summary).</summary>
public static class ResultTables
{
    public const string BaselineCore = "baseline";

    public static string Csv(IReadOnlyList<ResultRow> rows) =>
        string.Join(',', ResultRow.Columns) + "\n" + string.Concat(rows.Select(r => string.Join(',', r.Cells(RatioToBaseline(r, rows))) + "\n"));

    /// <summary>
    /// A row's objective ÷ the baseline core's objective on the same instance, when both cores ran and found a roster
    /// (below 1: the row's core did better); null for the baseline's own row.
    /// </summary>
    public static double? RatioToBaseline(ResultRow row, IReadOnlyList<ResultRow> rows)
    {
        if (row.Core == BaselineCore || row.Objective is not { } objective) return null;
        var baseline = rows.FirstOrDefault(r => r.Instance == row.Instance && r.Kind == row.Kind && r.Core == BaselineCore);
        return baseline?.Objective is { } b && b != 0 ? (double)objective / b : null;
    }

    public static string Markdown(IReadOnlyList<ResultRow> rows)
    {
        var parts = new List<string>();
        var units = rows.Where(r => r.Kind == ResultRow.UnitKind).ToList();
        var curtois = rows.Where(r => r.Kind == ResultRow.CurtoisKind).ToList();
        if (units.Count > 0)
        {
            parts.Add(Table(
                ["unit", "core", "status", "solutions", "first roster s", "objective", "best bound", "gap %", "need covered %", "LP bound %", "points below LP bound", "hard violations", "peak MiB", "seconds"],
                units.Select(r => new[]
                {
                    r.Size, r.Core, r.Status, ResultRow.Whole(r.Solutions), ResultRow.Fixed(r.FirstSolutionSeconds, "0.0"), ResultRow.Number(r.Objective), ResultRow.Number(r.BestBound),
                    ResultRow.Fixed(r.SolverGapPercent, "0.0"), ResultRow.Fixed(r.NeedCoveredPercent, "0.0"), ResultRow.Fixed(r.LpBoundPercent, "0.0"), ResultRow.Fixed(r.PointsBelowLpBound, "0.0"),
                    ResultRow.Whole(r.HardViolations), ResultRow.Number(r.PeakMib), ResultRow.Fixed(r.Seconds, "0.0"),
                }),
                textColumns: 3));
            parts.AddRange(units.GroupBy(r => r.Core).Select(g => UnitSummary(g.Key, [.. g])));
        }

        if (curtois.Count > 0)
        {
            if (parts.Count > 0) parts.Add("");
            parts.Add(Table(
                ["instance", "size", "core", "status", "objective", "best bound", "best known", "gap to best known %", "ratio to baseline", "first roster s", "seconds", "hard violations", "peak MiB"],
                curtois.Select(r => new[]
                {
                    r.Instance, r.Size, r.Core, r.Status, ResultRow.Number(r.Objective), ResultRow.Number(r.BestBound), ResultRow.Number(r.BestKnown), ResultRow.Fixed(r.GapPercent),
                    ResultRow.Fixed(RatioToBaseline(r, rows), "0.000"), ResultRow.Fixed(r.FirstSolutionSeconds, "0.0"), ResultRow.Fixed(r.Seconds, "0.0"), ResultRow.Whole(r.HardViolations),
                    ResultRow.Number(r.PeakMib),
                }),
                textColumns: 4));
            parts.AddRange(curtois.GroupBy(r => r.Core).Select(g => $"{g.Key}: {Summary([.. g])}"));
        }

        return string.Join('\n', parts) + "\n";
    }

    /// <summary>The Curtois summary of one core's rows: feasible count, proven optima, mean gap to the best known.</summary>
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

    private static string UnitSummary(string core, IReadOnlyList<ResultRow> rows)
    {
        var feasible = rows.Where(r => r.IsFeasible).ToList();
        var below = feasible.Where(r => r.PointsBelowLpBound is not null).Select(r => r.PointsBelowLpBound!.Value).ToList();
        var worst = below.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $"mean {below.Average():0.0}, worst {below.Max():0.0} points below the LP bound") : "no need covered to compare";
        return $"{core}: a roster with 0 hard violations on {feasible.Count} of {rows.Count} units; {worst}";
    }

    private static string Table(string[] header, IEnumerable<string[]> rows, int textColumns)
    {
        var lines = new List<string>
        {
            "| " + string.Join(" | ", header) + " |",
            "|" + string.Concat(header.Select((_, i) => i < textColumns ? " --- |" : " ---: |")),
        };
        lines.AddRange(rows.Select(r => "| " + string.Join(" | ", r) + " |"));
        lines.Add("");
        return string.Join('\n', lines);
    }
}
