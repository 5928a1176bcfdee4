using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

public class ShiftCoverTests
{
    private static ProblemBuilder NeedTwoEarly() =>
        Problem(new ShiftCoverRule(multiplier: 2))
            .Employees(Person(Anna), Person(Bo), Person(Cecilia))
            .ShiftDemands(new ShiftDemand(Day0(0), Day.Code, required: 2, underWeight: 10, overWeight: 3));

    [Fact]
    public void One_short_costs_under_weight_times_multiplier()
    {
        var evaluation = NeedTwoEarly().Evaluate(AnnaWorks(Day, 0));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.ShiftCover, null, [Day0(0)], 1, 20, isHard: false);
    }

    [Fact]
    public void Nobody_is_two_short()
    {
        AssertViolation(Assert.Single(NeedTwoEarly().Evaluate(Roster.Empty).Violations), RuleIds.ShiftCover, null, [Day0(0)], 2, 40, isHard: false);
    }

    [Fact]
    public void One_over_costs_over_weight_times_multiplier()
    {
        var evaluation = NeedTwoEarly().Evaluate(RosterOf(Works(Anna, Day0(0), Day), Works(Bo, Day0(0), Day), Works(Cecilia, Day0(0), Day)));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.ShiftCover, null, [Day0(0)], 1, 6, isHard: false);
    }

    [Fact]
    public void Exact_cover_passes_and_other_templates_or_days_do_not_count()
    {
        var problem = NeedTwoEarly();

        Assert.Empty(problem.Evaluate(RosterOf(Works(Anna, Day0(0), Day), Works(Bo, Day0(0), Day), Works(Cecilia, Day0(1), Day))).Violations);
        var v = Assert.Single(problem.Evaluate(RosterOf(Works(Anna, Day0(0), Day), Works(Bo, Day0(0), Evening), Works(Cecilia, Day0(1), Day))).Violations);
        Assert.Equal((1L, 20L), (v.Units, v.Penalty));
    }
}

public class DemandCurveTests
{
    private static readonly CompetenceId Nurse = new("nurse");

    private static Instant At(LocalDate date, int hour, int minute = 0) =>
        (date + new LocalTime(hour, minute)).InZoneStrictly(Stockholm).ToInstant();

    private static DemandCurve HourSlots(params DemandSlot[] slots) => new(Duration.FromHours(1), [.. slots]);

    /// <summary>Monday 08:00–09:00: at least 2, ideally 3, of anyone.</summary>
    private static ProblemBuilder Monday8(params Rule[] rules) =>
        Problem(rules).Employees(Person(Anna), Person(Bo), Person(Cecilia), Person(new EmployeeId("david")), Person(new EmployeeId("eva")))
            .Curve(HourSlots(new DemandSlot(At(Day0(0), 8), null, minimum: 2, ideal: 3)));

    private static Roster EarlyFor(params string[] people) => new([.. people.Select(p => Works(new EmployeeId(p), Day0(0), Day))]);

    [Fact]
    public void One_present_is_one_short_of_the_minimum_and_two_of_the_ideal()
    {
        var evaluation = Monday8(new DemandMinimumRule(), new DemandIdealRule(5), new DemandSurplusRule(7)).Evaluate(EarlyFor("anna"));

        AssertViolation(Single(evaluation, RuleIds.DemandMinimum), RuleIds.DemandMinimum, null, [Day0(0)], 1, 1000, isHard: false);
        AssertViolation(Single(evaluation, RuleIds.DemandIdeal), RuleIds.DemandIdeal, null, [Day0(0)], 2, 10, isHard: false);
        Assert.Empty(Of(evaluation, RuleIds.DemandSurplus));
        Assert.Equal(1010, evaluation.Penalty);
    }

    [Fact]
    public void Ideal_met_costs_nothing_and_above_it_is_surplus()
    {
        var problem = Monday8(new DemandMinimumRule(), new DemandIdealRule(5), new DemandSurplusRule(7));

        Assert.Empty(problem.Evaluate(EarlyFor("anna", "bo", "cecilia")).Violations);
        var evaluation = problem.Evaluate(EarlyFor("anna", "bo", "cecilia", "david", "eva"));
        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.DemandSurplus, null, [Day0(0)], 2, 14, isHard: false);
    }

    [Fact]
    public void Hard_minimum_is_a_hard_violation()
    {
        var evaluation = Monday8(new DemandMinimumRule(level: Enforcement.Hard)).Evaluate(Roster.Empty);

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.DemandMinimum, null, [Day0(0)], 2, 0, isHard: true);
        Assert.False(evaluation.IsFeasible);
    }

    [Fact]
    public void A_shift_covers_a_slot_only_when_their_intervals_overlap()
    {
        // D is 07:00–15:00; E is 14:00–22:00. Slot 14:00–15:00 has both; 15:00–16:00 only E; 13:00–14:00 only D.
        var curve = HourSlots(
            new DemandSlot(At(Day0(0), 13), null, 2, 2),
            new DemandSlot(At(Day0(0), 14), null, 2, 2),
            new DemandSlot(At(Day0(0), 15), null, 2, 2));
        var evaluation = Problem(new DemandMinimumRule()).Curve(curve).Evaluate(RosterOf(Works(Anna, Day0(0), Day), Works(Bo, Day0(0), Evening)));

        var shortSlots = Of(evaluation, RuleIds.DemandMinimum);
        Assert.Equal(2, shortSlots.Length);
        Assert.All(shortSlots, v => Assert.Equal(1, v.Units));
        Assert.Contains("13:00", shortSlots[0].Message, StringComparison.Ordinal);
        Assert.Contains("15:00", shortSlots[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Night_from_the_day_before_covers_the_early_morning()
    {
        // N Monday 21:00 → Tuesday 07:00 covers Tuesday 06:00–07:00 but not 07:00–08:00.
        var curve = HourSlots(new DemandSlot(At(Day0(1), 6), null, 1, 1), new DemandSlot(At(Day0(1), 7), null, 1, 1));
        var evaluation = Problem(new DemandMinimumRule()).Curve(curve).Evaluate(AnnaWorks(Night, 0));

        var v = Assert.Single(evaluation.Violations);
        AssertViolation(v, RuleIds.DemandMinimum, null, [Day0(1)], 1, 1000, isHard: false);
        Assert.Contains("07:00", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Competence_counts_when_valid_on_the_shift_date()
    {
        // Tuesday 06:00 needs a nurse; Anna's night started Monday.
        var curve = HourSlots(new DemandSlot(At(Day0(1), 6), Nurse, 1, 1));
        var validMonday = Person(Anna, competences: new CompetenceGrant(Nurse, ValidUntil: Day0(0)));
        var validFromTuesday = Person(Anna, competences: new CompetenceGrant(Nurse, ValidFrom: Day0(1)));

        Assert.Empty(Problem(new DemandMinimumRule()).Employees(validMonday).Curve(curve).Evaluate(AnnaWorks(Night, 0)).Violations);
        var v = Assert.Single(Problem(new DemandMinimumRule()).Employees(validFromTuesday).Curve(curve).Evaluate(AnnaWorks(Night, 0)).Violations);
        Assert.Equal(1, v.Units);
    }

    [Fact]
    public void People_without_the_competence_count_neither_for_need_nor_surplus()
    {
        var curve = HourSlots(new DemandSlot(At(Day0(0), 8), Nurse, 1, 1));
        var problem = Problem(new DemandMinimumRule(), new DemandSurplusRule(7))
            .Employees(Person(Anna, competences: new CompetenceGrant(Nurse)), Person(Bo)).Curve(curve);

        var evaluation = problem.Evaluate(RosterOf(Works(Anna, Day0(0), Day), Works(Bo, Day0(0), Day)));
        Assert.Empty(evaluation.Violations);
        AssertViolation(Assert.Single(problem.Evaluate(RosterOf(Works(Bo, Day0(0), Day))).Violations), RuleIds.DemandMinimum, null, [Day0(0)], 1, 1000, isHard: false);
    }
}
