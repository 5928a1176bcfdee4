using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

public class StructuralTests
{
    [Fact]
    public void Two_shifts_on_one_day_break_one_shift_per_day()
    {
        // D 07–15 and N 21–07 on the same day do not overlap.
        var evaluation = Problem().Evaluate(RosterOf(Works(Anna, Day0(0), Day), Works(Anna, Day0(0), Night)));

        var v = Assert.Single(evaluation.Violations);
        AssertViolation(v, RuleIds.OneShiftPerDay, Anna, [Day0(0)], 1, 0, isHard: true);
        Assert.False(evaluation.IsFeasible);
    }

    [Fact]
    public void Overlapping_shifts_on_one_day_break_both()
    {
        // D 07–15 and E 14–22.
        var evaluation = Problem().Evaluate(RosterOf(Works(Anna, Day0(0), Day), Works(Anna, Day0(0), Evening)));

        AssertViolation(Single(evaluation, RuleIds.OneShiftPerDay), RuleIds.OneShiftPerDay, Anna, [Day0(0)], 1, 0, isHard: true);
        var overlap = Single(evaluation, RuleIds.NoOverlap);
        Assert.Equal((Anna, 1L, 0L, true), (overlap.Employee!.Value, overlap.Units, overlap.Penalty, overlap.IsHard));
        Assert.Equal([Day0(0)], overlap.Dates.Distinct());
        Assert.Equal(2, evaluation.HardViolationCount);
    }

    [Fact]
    public void A_night_overlapping_the_next_morning_breaks_no_overlap()
    {
        var early = Template("X", 6, 0, 8 * 60);
        var evaluation = Problem().AddTemplates(early).Evaluate(RosterOf(Works(Anna, Day0(0), Night), Works(Anna, Day0(1), early)));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.NoOverlap, Anna, [Day0(0), Day0(1)], 1, 0, isHard: true);
    }

    [Fact]
    public void Touching_shifts_and_different_people_do_not_overlap()
    {
        var evaluation = Problem().Evaluate(RosterOf(Works(Anna, Day0(0), Night), Works(Anna, Day0(1), Day), Works(Bo, Day0(0), Day), Works(Bo, Day0(1), Day)));

        Assert.Empty(evaluation.Violations);
    }

    [Fact]
    public void Structural_rules_stay_hard_in_a_relaxed_pack()
    {
        var problem = Problem(new DailyRestRule(Duration.FromHours(11))).Build().Relaxed(100);

        var evaluation = Checking.RuleChecker.Evaluate(problem, RosterOf(Works(Anna, Day0(0), Day), Works(Anna, Day0(0), Evening)));

        Assert.All(Of(evaluation, RuleIds.OneShiftPerDay).Concat(Of(evaluation, RuleIds.NoOverlap)), v => Assert.True(v.IsHard));
        Assert.Equal(2, evaluation.HardViolationCount);
    }

    [Fact]
    public void Assignment_outside_the_problem_is_a_hard_roster_shape_violation()
    {
        var evaluation = Problem().Days(7).Evaluate(RosterOf(Works(new EmployeeId("ghost"), Day0(0), Day), Works(Anna, Day0(7), Day),
            new Assignment(Anna, Day0(1), new ShiftCode("nope"))));

        Assert.Equal(3, evaluation.Violations.Count(v => v.RuleId == "roster-shape" && v.IsHard));
        Assert.Equal(3, evaluation.Violations.Length);
    }
}
