using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

public class MaxShiftLengthTests
{
    [Fact]
    public void Fourteen_hour_shift_is_60_minutes_over_13_hours()
    {
        var fourteen = Template("L", 7, 0, 14 * 60);
        var evaluation = Problem(new MaxShiftLengthRule(Duration.FromHours(13))).AddTemplates(fourteen)
            .Evaluate(RosterOf(Works(Anna, Day0(3), fourteen)));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.MaxShiftLength, Anna, [Day0(3)], 60, 0, isHard: true);
    }

    [Fact]
    public void Soft_max_shift_costs_minutes_over_times_weight()
    {
        var fourteen = Template("L", 7, 0, 14 * 60);
        var rule = new MaxShiftLengthRule(Duration.FromHours(13), enforcement: Enforcement.Soft(2));
        var evaluation = Problem(rule).AddTemplates(fourteen).Evaluate(RosterOf(Works(Anna, Day0(3), fourteen)));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.MaxShiftLength, Anna, [Day0(3)], 60, 120, isHard: false);
    }

    [Fact]
    public void Exactly_the_maximum_passes()
    {
        var thirteen = Template("L", 7, 0, 13 * 60);
        var evaluation = Problem(new MaxShiftLengthRule(Duration.FromHours(13))).AddTemplates(thirteen)
            .Evaluate(RosterOf(Works(Anna, Day0(3), thirteen), Works(Bo, Day0(3), Night)));

        Assert.Empty(evaluation.Violations);
    }
}
