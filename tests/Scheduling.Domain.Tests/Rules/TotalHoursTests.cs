using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

public class TotalHoursTests
{
    private static readonly TotalHoursRule Law = new(Duration.FromHours(48), 4);

    [Fact]
    public void Fourteen_ten_hour_nights_break_48_hours_a_week_averaged_pro_rata_by_44_hours()
    {
        // 14 nights × 10 h = 140 h; the 14-day period is shorter than 4 months: 48 h × 14 ÷ 7 = 96 h.
        var evaluation = Problem(Law).Evaluate(AnnaWorks(Night, Enumerable.Range(0, 14).ToArray()));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.TotalHours, Anna, [Day0(0)], 44 * 60, 0, isHard: true);
    }

    [Fact]
    public void Twelve_eight_hour_days_in_a_fortnight_pass()
    {
        var evaluation = Problem(Law).Evaluate(AnnaWorks(Day, 0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12));

        Assert.Empty(evaluation.Violations);
    }

    [Fact]
    public void One_month_windows_follow_the_calendar_and_the_last_is_pro_rata()
    {
        // From 2026-01-05, one-month windows: 5 Jan – 4 Feb (31 days), then 5–18 Feb (14 days, 96 h at 48 h a week).
        var rule = new TotalHoursRule(Duration.FromHours(48), 1, enforcement: Enforcement.Soft(3));
        var evaluation = Problem(rule).Days(45).Evaluate(AnnaWorks(Night, Enumerable.Range(31, 14).ToArray()));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.TotalHours, Anna, [Day0(31)], 44 * 60, 3 * 44 * 60, isHard: false);
    }
}
