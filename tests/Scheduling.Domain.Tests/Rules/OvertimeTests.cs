using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

public class OvertimeTests
{
    private static readonly OvertimeRule Law = new(Duration.FromHours(48), Duration.FromHours(50), false, Duration.FromHours(200));

    /// <summary>Anna full time at 40 h a week: 80 h in the default 14-day period.</summary>
    private static ProblemBuilder FullTimeAnna(OvertimeRule rule) =>
        Problem(rule).Employees(Person(Anna, new WorkingTimeContract(new EmploymentRate(100), Duration.FromHours(40))), Person(Bo));

    [Fact]
    public void Sixteen_hours_beyond_full_time_break_the_yearly_cap_pro_rata()
    {
        // 12 days × 8 h = 96 h, 16 h of overtime; 200 h × 14 ÷ 365 = 7 h 40 min (tighter than 48 h × 14 ÷ 28 = 24 h).
        var evaluation = FullTimeAnna(Law).Evaluate(AnnaWorks(Day, 0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.Overtime, Anna, [], 16 * 60 - 460, 0, isHard: true);
    }

    [Fact]
    public void Full_time_exactly_has_no_overtime_and_an_employee_without_a_rate_none_at_all()
    {
        var evaluation = FullTimeAnna(Law).Evaluate(RosterOf([
            .. Enumerable.Range(0, 10).Select(d => Works(Anna, Day0(d), Day)),
            .. Enumerable.Range(0, 14).Select(d => Works(Bo, Day0(d), Day))]));

        Assert.Empty(evaluation.Violations);
    }

    [Fact]
    public void The_four_week_cap_binds_when_the_yearly_one_is_wider()
    {
        var rule = new OvertimeRule(Duration.FromHours(48), Duration.FromHours(50), false, Duration.FromHours(10_000), enforcement: Enforcement.Soft(2));
        var evaluation = FullTimeAnna(rule).Evaluate(AnnaWorks(Day, Enumerable.Range(0, 14).ToArray()));

        // 112 h, 32 h of overtime; 48 h × 14 ÷ 28 = 24 h, in the window from the period's first day.
        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.Overtime, Anna, [Day0(0)], 8 * 60, 2 * 8 * 60, isHard: false);
    }

    [Fact]
    public void A_long_period_holds_each_four_weeks_to_the_cap_not_the_sum()
    {
        // 8 weeks; Anna works every day of the first four (224 h) and none after: settled over the period that is less than
        // its 320 h of full time, but the first 4 weeks alone hold 64 h beyond their 160 h, 16 h over the cap of 48 h.
        var rule = new OvertimeRule(Duration.FromHours(48), Duration.FromHours(50), false, Duration.FromHours(10_000));
        var evaluation = FullTimeAnna(rule).Days(56).Evaluate(AnnaWorks(Day, Enumerable.Range(0, 28).ToArray()));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.Overtime, Anna, [Day0(0)], 16 * 60, 0, isHard: true);
    }
}
