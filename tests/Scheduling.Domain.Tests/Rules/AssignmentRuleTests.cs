using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

public class AvailabilityTests
{
    [Fact]
    public void Shift_on_an_unavailable_day_is_one_violation()
    {
        var problem = Problem(new AvailabilityRule()).Unavailable(new Unavailability(Anna, Day0(1)), new Unavailability(Anna, Day0(3)));

        var evaluation = problem.Evaluate(AnnaWorks(Night, 1, 2));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.Availability, Anna, [Day0(1)], 1, 0, isHard: true);
    }

    [Fact]
    public void Other_days_and_other_people_are_fine()
    {
        var problem = Problem(new AvailabilityRule()).Unavailable(new Unavailability(Anna, Day0(1)));

        Assert.Empty(problem.Evaluate(RosterOf(Works(Anna, Day0(0), Night), Works(Bo, Day0(1), Day))).Violations);
    }

    [Fact]
    public void Relaxed_availability_costs_the_hard_weight()
    {
        var problem = Problem(new AvailabilityRule()).Unavailable(new Unavailability(Anna, Day0(1))).Build().Relaxed(1000);

        var v = Assert.Single(Checking.RuleChecker.Evaluate(problem, AnnaWorks(Day, 1)).Violations);
        AssertViolation(v, RuleIds.Availability, Anna, [Day0(1)], 1, 1000, isHard: false);
    }
}

public class CompetenceTests
{
    private static readonly CompetenceId Delegation = new("delegation");
    private static readonly ShiftTemplate Medication = Template("MED", 8, 0, 8 * 60, requires: Delegation);

    /// <summary>Anna's delegation is valid 6–8 January (day indexes 1–3), both ends inclusive.</summary>
    private static ProblemBuilder WithDelegation() =>
        Problem(new CompetenceRule()).AddTemplates(Medication)
            .Employees(Person(Anna, competences: new CompetenceGrant(Delegation, Day0(1), Day0(3))), Person(Bo));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Valid_from_and_until_are_inclusive(int day)
    {
        Assert.Empty(WithDelegation().Evaluate(AnnaWorks(Medication, day)).Violations);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Outside_validity_is_a_violation(int day)
    {
        var evaluation = WithDelegation().Evaluate(AnnaWorks(Medication, day));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.Competence, Anna, [Day0(day)], 1, 0, isHard: true);
    }

    [Fact]
    public void Someone_without_the_competence_is_a_violation_and_other_templates_need_none()
    {
        var evaluation = WithDelegation().Evaluate(RosterOf(Works(Bo, Day0(2), Medication), Works(Bo, Day0(4), Day)));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.Competence, Bo, [Day0(2)], 1, 0, isHard: true);
    }

    [Fact]
    public void Open_ended_grant_is_valid_every_day()
    {
        var problem = Problem(new CompetenceRule()).AddTemplates(Medication).Employees(Person(Anna, competences: new CompetenceGrant(Delegation)));

        Assert.Empty(problem.Evaluate(AnnaWorks(Medication, 0, 6, 13)).Violations);
    }
}

public class PinsTests
{
    [Fact]
    public void Shift_pin_is_broken_by_another_shift_or_none()
    {
        var problem = Problem(new PinsRule()).Pins(new Pin(Anna, Day0(1), Day.Code));

        AssertViolation(Assert.Single(problem.Evaluate(AnnaWorks(Evening, 1)).Violations), RuleIds.Pins, Anna, [Day0(1)], 1, 0, isHard: true);
        AssertViolation(Assert.Single(problem.Evaluate(AnnaWorks(Day, 2)).Violations), RuleIds.Pins, Anna, [Day0(1)], 1, 0, isHard: true);
    }

    [Fact]
    public void Shift_pin_holds_when_the_pinned_shift_is_worked()
    {
        var problem = Problem(new PinsRule()).Pins(new Pin(Anna, Day0(1), Day.Code));

        Assert.Empty(problem.Evaluate(AnnaWorks(Day, 1)).Violations);
    }

    [Fact]
    public void Shift_pin_is_broken_by_a_second_shift_that_day()
    {
        var problem = Problem(new PinsRule()).Pins(new Pin(Anna, Day0(1), Day.Code));

        var evaluation = problem.Evaluate(RosterOf(Works(Anna, Day0(1), Day), Works(Anna, Day0(1), Night)));

        AssertViolation(Single(evaluation, RuleIds.Pins), RuleIds.Pins, Anna, [Day0(1)], 1, 0, isHard: true);
        Assert.Single(Of(evaluation, RuleIds.OneShiftPerDay));
    }

    [Fact]
    public void Day_off_pin_is_broken_by_any_shift()
    {
        var problem = Problem(new PinsRule()).Pins(new Pin(Anna, Day0(2), null));

        AssertViolation(Assert.Single(problem.Evaluate(AnnaWorks(Night, 2)).Violations), RuleIds.Pins, Anna, [Day0(2)], 1, 0, isHard: true);
        Assert.Empty(problem.Evaluate(RosterOf(Works(Anna, Day0(1), Night), Works(Bo, Day0(2), Day))).Violations);
    }
}

public class WishesTests
{
    private static readonly WishesRule Rule = new(multiplier: 3);

    [Fact]
    public void Shift_on_wish_refused_costs_weight_times_multiplier()
    {
        var problem = Problem(Rule).Wishes(new Wish(Anna, Day0(0), WishKind.ShiftOn, Day.Code, 4));

        AssertViolation(Assert.Single(problem.Evaluate(AnnaWorks(Evening, 0)).Violations), RuleIds.Wishes, Anna, [Day0(0)], 4, 12, isHard: false);
        AssertViolation(Assert.Single(problem.Evaluate(Roster.Empty).Violations), RuleIds.Wishes, Anna, [Day0(0)], 4, 12, isHard: false);
        Assert.Empty(problem.Evaluate(AnnaWorks(Day, 0)).Violations);
    }

    [Fact]
    public void Shift_off_wish_is_refused_only_by_that_shift()
    {
        var problem = Problem(Rule).Wishes(new Wish(Anna, Day0(1), WishKind.ShiftOff, Night.Code, 2));

        AssertViolation(Assert.Single(problem.Evaluate(AnnaWorks(Night, 1)).Violations), RuleIds.Wishes, Anna, [Day0(1)], 2, 6, isHard: false);
        Assert.Empty(problem.Evaluate(AnnaWorks(Day, 1)).Violations);
        Assert.Empty(problem.Evaluate(Roster.Empty).Violations);
    }

    [Fact]
    public void Day_off_wish_is_refused_by_any_shift()
    {
        var problem = Problem(Rule).Wishes(new Wish(Anna, Day0(2), WishKind.DayOff, null, 5));

        AssertViolation(Assert.Single(problem.Evaluate(AnnaWorks(Day, 2)).Violations), RuleIds.Wishes, Anna, [Day0(2)], 5, 15, isHard: false);
        Assert.Empty(problem.Evaluate(RosterOf(Works(Anna, Day0(1), Night), Works(Bo, Day0(2), Day))).Violations);
    }

    [Fact]
    public void Refused_wishes_add_up_and_weight_zero_costs_nothing()
    {
        var problem = Problem(Rule).Wishes(
            new Wish(Anna, Day0(0), WishKind.DayOff, null, 5),
            new Wish(Bo, Day0(0), WishKind.ShiftOn, Night.Code, 1),
            new Wish(Bo, Day0(1), WishKind.DayOff, null, 0));

        var evaluation = problem.Evaluate(RosterOf(Works(Anna, Day0(0), Day), Works(Bo, Day0(1), Day)));

        Assert.Equal(2, evaluation.Violations.Length);
        Assert.Equal((5 * 3) + (1 * 3), evaluation.Penalty);
        Assert.Equal(18, evaluation.PenaltyByRule[RuleIds.Wishes]);
    }
}
