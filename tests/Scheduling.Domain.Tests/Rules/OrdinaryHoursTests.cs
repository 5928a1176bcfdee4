using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

public class OrdinaryHoursTests
{
    private static readonly OrdinaryHoursRule Law = new(Duration.FromHours(40), 4);

    [Fact]
    public void Six_days_of_eight_hours_a_week_break_40_hours_averaged_over_a_fortnight_by_16_hours()
    {
        // The default period is 14 days: one window, shorter than 4 weeks, held pro rata to 80 h.
        var evaluation = Problem(Law).Evaluate(AnnaWorks(Day, 0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.OrdinaryHours, Anna, [Day0(0)], 16 * 60, 0, isHard: true);
    }

    [Fact]
    public void A_heavy_week_evened_out_by_a_light_one_passes_within_the_reference_window()
    {
        var evaluation = Problem(Law).Evaluate(AnnaWorks(Day, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9));

        Assert.Empty(evaluation.Violations);
    }

    [Fact]
    public void One_week_windows_do_not_average_across_weeks()
    {
        var rule = new OrdinaryHoursRule(Duration.FromHours(40), 1, enforcement: Enforcement.Soft(2));
        var evaluation = Problem(rule).Evaluate(AnnaWorks(Day, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9));

        // Week 1: 56 h, 16 h over; week 2: 24 h.
        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.OrdinaryHours, Anna, [Day0(0)], 16 * 60, 2 * 16 * 60, isHard: false);
    }
}
