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
}
