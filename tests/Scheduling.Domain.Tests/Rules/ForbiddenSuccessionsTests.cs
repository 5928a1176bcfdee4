using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

public class ForbiddenSuccessionsTests
{
    private static ForbiddenSuccessionsRule NightThenDay(Enforcement? enforcement = null) =>
        new([new ShiftSuccession(Night.Code, Day.Code)], enforcement: enforcement);

    [Fact]
    public void Day_the_morning_after_a_night_is_one_forbidden_succession()
    {
        var evaluation = Problem(NightThenDay()).Evaluate(RosterOf(Works(Anna, Day0(2), Night), Works(Anna, Day0(3), Day)));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.ForbiddenSuccessions, Anna, [Day0(2), Day0(3)], 1, 0, isHard: true);
    }

    [Fact]
    public void Soft_succession_costs_its_weight_per_occurrence()
    {
        var evaluation = Problem(NightThenDay(Enforcement.Soft(5)))
            .Evaluate(RosterOf(Works(Anna, Day0(0), Night), Works(Anna, Day0(1), Day), Works(Anna, Day0(2), Night), Works(Anna, Day0(3), Day)));

        var found = Of(evaluation, RuleIds.ForbiddenSuccessions);
        Assert.Equal(2, found.Length);
        AssertViolation(found[0], RuleIds.ForbiddenSuccessions, Anna, [Day0(0), Day0(1)], 1, 5, isHard: false);
        AssertViolation(found[1], RuleIds.ForbiddenSuccessions, Anna, [Day0(2), Day0(3)], 1, 5, isHard: false);
        Assert.Equal(10, evaluation.Penalty);
    }

    [Fact]
    public void Other_order_or_a_day_between_is_allowed()
    {
        var problem = Problem(NightThenDay());

        Assert.Empty(problem.Evaluate(RosterOf(Works(Anna, Day0(0), Day), Works(Anna, Day0(1), Night))).Violations);
        Assert.Empty(problem.Evaluate(RosterOf(Works(Anna, Day0(0), Night), Works(Anna, Day0(2), Day))).Violations);
        Assert.Empty(problem.Evaluate(RosterOf(Works(Anna, Day0(0), Night), Works(Bo, Day0(1), Day))).Violations);
    }
}
