using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests;

/// <summary>Regressions for bugs found by review: each failed before its fix.</summary>
public class RegressionTests
{
    [Fact]
    public void No_overlap_on_one_day_names_the_date_once()
    {
        var evaluation = Problem().Evaluate(RosterOf(Works(Anna, Day0(0), Day), Works(Anna, Day0(0), Evening)));

        AssertViolation(Single(evaluation, RuleIds.NoOverlap), RuleIds.NoOverlap, Anna, [Day0(0)], 1, 0, isHard: true);
    }

    [Fact]
    public void Short_template_starting_in_the_spring_gap_has_a_non_negative_interval()
    {
        var visit = Template("V", 2, 30, 30);
        var sunday = new LocalDate(2026, 3, 29);

        var interval = visit.IntervalOn(sunday, Stockholm);

        // Moved forward by the gap to 03:30 CEST and keeping its 30 minutes.
        Assert.Equal(Instant.FromUtc(2026, 3, 29, 1, 30), interval.Start);
        Assert.Equal(Duration.FromMinutes(30), interval.Duration);
    }

    [Fact]
    public void Checker_survives_a_short_template_in_the_spring_gap()
    {
        var visit = Template("V", 2, 30, 30);
        var evaluation = Problem(new MaxShiftLengthRule(Duration.FromHours(13))).Period(new LocalDate(2026, 3, 29), 1).AddTemplates(visit)
            .Evaluate(RosterOf(Works(Anna, new LocalDate(2026, 3, 29), visit)));

        Assert.Empty(evaluation.Violations);
    }

    [Fact]
    public void Every_duplicate_demand_row_and_pin_is_listed()
    {
        var ex = Assert.Throws<ProblemValidationException>(() => Problem()
            .ShiftDemands(new ShiftDemand(Day0(0), Day.Code, 1, 1, 1), new ShiftDemand(Day0(0), Day.Code, 1, 1, 1),
                new ShiftDemand(Day0(1), Day.Code, 1, 1, 1), new ShiftDemand(Day0(1), Day.Code, 1, 1, 1))
            .Pins(new Pin(Anna, Day0(0), null), new Pin(Anna, Day0(0), null), new Pin(Bo, Day0(0), null), new Pin(Bo, Day0(0), null))
            .Build());

        Assert.Equal(4, ex.Errors.Count);
    }

    [Fact]
    public void A_validation_exception_without_errors_still_says_what_is_wrong()
    {
        var ex = new ProblemValidationException(System.Array.Empty<ProblemError>());
        Assert.Equal("invalid problem", ex.Message);
        Assert.Single(ex.Errors);
    }
}
