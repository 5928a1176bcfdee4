namespace Scheduling.Quality.Tests;

public class ResultTablesTests
{
    private static ResultRow Unit(string core, long objective) => new()
    {
        Kind = ResultRow.UnitKind, Instance = "unit-20x28-s0", Size = "20x28", Core = core, Status = "feasible", Solutions = 3, FirstSolutionSeconds = 1.5,
        Objective = objective, BestBound = 750, HardViolations = 0, NeedCoveredPercent = 90.24, LpBoundPercent = 98.5, PeakMib = 400, Seconds = 10.2,
    };

    private static ResultRow Curtois(string core, long? objective) => new()
    {
        Kind = ResultRow.CurtoisKind, Instance = "Instance2", Size = "14x14", Core = core, Status = objective is null ? "unknown" : "optimal",
        Objective = objective, BestBound = objective, BestKnown = 828, HardViolations = objective is null ? null : 0, PeakMib = 300, Seconds = 3,
    };

    [Fact]
    public void A_unit_row_has_its_gap_and_how_far_below_the_lp_bound_it_is()
    {
        var row = Unit("decomposition", 1000);

        Assert.Equal(25.0, row.SolverGapPercent!.Value, 9);
        Assert.Equal(8.26, row.PointsBelowLpBound!.Value, 9);
        Assert.Null(row.GapPercent);
    }

    [Fact]
    public void The_ratio_is_the_core_over_the_baseline_on_the_same_instance()
    {
        List<ResultRow> rows = [Curtois("decomposition", 900), Curtois("baseline", 1000), Unit("decomposition", 1000)];

        Assert.Equal(0.9, ResultTables.RatioToBaseline(rows[0], rows)!.Value, 9);
        Assert.Null(ResultTables.RatioToBaseline(rows[1], rows));
        // No baseline row for the unit, no ratio.
        Assert.Null(ResultTables.RatioToBaseline(rows[2], rows));
        Assert.Null(ResultTables.RatioToBaseline(Curtois("decomposition", null), [Curtois("decomposition", null), Curtois("baseline", 1000)]));
    }

    [Fact]
    public void The_csv_has_every_column_for_every_row()
    {
        List<ResultRow> rows = [Unit("decomposition", 1000), Curtois("decomposition", 900), Curtois("baseline", 1000)];

        var lines = ResultTables.Csv(rows).TrimEnd('\n').Split('\n');

        Assert.Equal(string.Join(',', ResultRow.Columns), lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.All(lines, l => Assert.Equal(ResultRow.Columns.Length, l.Split(',').Length));
        Assert.Equal("unit,unit-20x28-s0,20x28,decomposition,feasible,3,1.50,1000,750,25.00,,,,90.24,98.50,8.26,0,400,10.20", lines[1]);
        Assert.Equal("curtois,Instance2,14x14,decomposition,optimal,,,900,900,0.00,828,8.70,0.900,,,,0,300,3.00", lines[2]);
    }

    [Fact]
    public void The_markdown_has_a_table_and_a_summary_per_kind_and_core()
    {
        var text = ResultTables.Markdown([Unit("baseline", 1000), Curtois("decomposition", 900), Curtois("baseline", null)]);

        Assert.Contains("| unit | core | status | solutions | first roster s | objective | best bound | gap % | need covered % | LP bound % | points below LP bound | hard violations | peak MiB | seconds |", text, StringComparison.Ordinal);
        Assert.Contains("| 20x28 | baseline | feasible | 3 | 1.5 | 1000 | 750 | 25.0 | 90.2 | 98.5 | 8.3 | 0 | 400 | 10.2 |", text, StringComparison.Ordinal);
        Assert.Contains("baseline: a roster with 0 hard violations on 1 of 1 units; mean 8.3, worst 8.3 points below the LP bound", text, StringComparison.Ordinal);
        Assert.Contains("| instance | size | core | status | objective | best bound | best known | gap to best known % | ratio to baseline |", text, StringComparison.Ordinal);
        Assert.Contains("decomposition: feasible: 1 of 1 (proven optimal: 1); mean gap to best known: 8.70 % over 1 instance", text, StringComparison.Ordinal);
        Assert.Contains("baseline: feasible: 0 of 1 (proven optimal: 0); mean gap to best known: n/a", text, StringComparison.Ordinal);
    }
}
