using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

public class StabilityTests
{
    private static readonly Roster Reference = RosterOf(Works(Anna, Day0(0), Day), Works(Anna, Day0(1), Day), Works(Bo, Day0(1), Night));

    [Fact]
    public void The_reference_itself_costs_nothing()
    {
        var evaluation = Problem(new StabilityRule(50, Reference)).Evaluate(Reference);

        Assert.Empty(evaluation.Violations);
    }

    [Fact]
    public void Each_changed_day_costs_the_weight_whether_a_shift_moved_was_dropped_or_added()
    {
        // Anna's day 1 becomes an evening, Bo's night is dropped, Bo works day 2 that was off.
        var changed = RosterOf(Works(Anna, Day0(0), Day), Works(Anna, Day0(1), Evening), Works(Bo, Day0(2), Day));
        var evaluation = Problem(new StabilityRule(50, Reference)).Evaluate(changed);

        var violations = Of(evaluation, RuleIds.Stability);
        Assert.Equal(3, violations.Length);
        Assert.All(violations, v => Assert.Equal(50, v.Penalty));
        Assert.Equal(150, evaluation.Penalty);
        AssertViolation(violations.Single(v => v.Employee == Anna), RuleIds.Stability, Anna, [Day0(1)], 1, 50, isHard: false);
    }

    [Fact]
    public void Without_a_reference_nothing_counts()
    {
        Assert.Empty(Problem(new StabilityRule()).Evaluate(Reference).Violations);
    }

    [Fact]
    public void Re_planning_from_today_a_change_costs_more_the_closer_its_day_is()
    {
        // Today is day 0 (Monday 5 January). Anna's day-1 shift (tomorrow, 13 days inside the notice) dropped: 14 × 50;
        // Bo's night moved from day 1 to day 13 (13 days inside: 14 ×; 1 day inside: 2 ×); a change on the 14th day is 1 ×.
        var reference = RosterOf(Works(Anna, Day0(1), Day), Works(Bo, Day0(1), Night));
        var rule = new StabilityRule(50, reference) { Today = Day0(0) };
        var evaluation = Problem(rule).Days(15).Evaluate(RosterOf(Works(Bo, Day0(13), Night), Works(Anna, Day0(14), Day)));

        var units = Of(evaluation, RuleIds.Stability).ToDictionary(v => (v.Employee!.Value, v.Dates[0]), v => v.Units);
        Assert.Equal(14, units[(Anna, Day0(1))]);
        Assert.Equal(14, units[(Bo, Day0(1))]);
        Assert.Equal(2, units[(Bo, Day0(13))]);
        Assert.Equal(1, units[(Anna, Day0(14))]);
        Assert.Equal(50 * (14 + 14 + 2 + 1), evaluation.Penalty);

        // A day already past costs the most, as today does: 15 ×.
        Assert.Equal(15, new StabilityRule(50, reference) { Today = Day0(3) }.ChangeUnits(Day0(1)));
        Assert.Equal(1, new StabilityRule(50, reference).ChangeUnits(Day0(1)));
    }
}
