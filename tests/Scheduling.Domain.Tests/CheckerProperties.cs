using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests;

/// <summary>Random rosters of three people over 14 days, each day off or one of D, E, N.</summary>
public static class RandomRosters
{
    public static readonly ImmutableArray<EmployeeId> People = [Anna, Bo, Cecilia];
    private static readonly ShiftTemplate?[] Choices = [null, Day, Evening, Night];

    public static Arbitrary<Roster> Roster() =>
        Gen.ArrayOf(Gen.Choose(0, Choices.Length - 1), People.Length * 14)
            .Select(picks => new Roster([.. picks
                .Select((pick, i) => (pick, i))
                .Where(x => Choices[x.pick] is not null)
                .Select(x => Works(People[x.i / 14], Day0(x.i % 14), Choices[x.pick]!))]))
            .ToArbitrary();
}

public class CheckerProperties
{
    private static readonly CompetenceId Nurse = new("nurse");

    /// <summary>Every rule family at once, hard and soft, so the properties see all of them.</summary>
    private static readonly RosterProblem Everything = Problem(
            new DailyRestRule(Duration.FromHours(11), enforcement: Enforcement.Soft(2)),
            new ForbiddenSuccessionsRule([new ShiftSuccession(Night.Code, Day.Code)]),
            new WeeklyRestRule(Duration.FromHours(36), enforcement: Enforcement.Soft(40)),
            new MaxShiftLengthRule(Duration.FromHours(9)),
            new PeriodHoursRule(),
            new HoursTargetRule(1),
            new MaxShiftsPerTemplateRule(4),
            new MaxConsecutiveDaysRule(5) { Enforcement = Enforcement.Soft(30) },
            new MinConsecutiveDaysRule(2),
            new MinConsecutiveDaysOffRule(2, BindAtHorizonEdges: true) { Enforcement = Enforcement.Soft(7) },
            new MaxWeekendsRule(1),
            new AvailabilityRule(),
            new CompetenceRule(),
            new PinsRule() { Enforcement = Enforcement.Soft(100) },
            new ShiftCoverRule(3),
            new DemandMinimumRule(),
            new DemandIdealRule(5),
            new DemandSurplusRule(2),
            new WishesRule(4))
        .Employees(
            Person(Anna, new WorkingTimeContract(new EmploymentRate(75), Duration.FromMinutes((38 * 60) + 15), Duration.FromHours(4)), competences: new CompetenceGrant(Nurse, ValidUntil: Day0(6))),
            Person(Bo, new WorkingTimeContract(minimumTotal: Duration.FromHours(40), maximumTotal: Duration.FromHours(80))),
            Person(Cecilia, limits: new EmployeeLimits { MaxConsecutiveDays = 3 }))
        .ShiftDemands(new ShiftDemand(Day0(0), Day.Code, 1, 10, 3), new ShiftDemand(Day0(5), Night.Code, 2, 20, 1))
        .Curve(new DemandCurve(Duration.FromHours(1), [
            new DemandSlot((Day0(2) + new LocalTime(8, 0)).InZoneStrictly(Stockholm).ToInstant(), null, 1, 2),
            new DemandSlot((Day0(3) + new LocalTime(3, 0)).InZoneStrictly(Stockholm).ToInstant(), Nurse, 1, 1),
        ]))
        .Wishes(new Wish(Anna, Day0(1), WishKind.DayOff, null, 3), new Wish(Bo, Day0(2), WishKind.ShiftOn, Evening.Code, 2), new Wish(Cecilia, Day0(3), WishKind.ShiftOff, Night.Code, 1))
        .Unavailable(new Unavailability(Bo, Day0(4)))
        .Pins(new Pin(Cecilia, Day0(0), null), new Pin(Anna, Day0(9), Day.Code))
        .Build();

    [Property(Arbitrary = [typeof(RandomRosters)], MaxTest = 200)]
    public bool Penalty_is_the_sum_of_penalty_by_rule_and_of_soft_violations(Roster roster)
    {
        var evaluation = RuleChecker.Evaluate(Everything, roster);

        return evaluation.Penalty == evaluation.PenaltyByRule.Values.Sum()
            && evaluation.Penalty == evaluation.Violations.Where(v => !v.IsHard).Sum(v => v.Penalty)
            && evaluation.HardViolationCount == evaluation.Violations.Count(v => v.IsHard);
    }

    [Property(Arbitrary = [typeof(RandomRosters)], MaxTest = 200)]
    public bool Each_violation_costs_units_times_its_rule_weight(Roster roster)
    {
        var evaluation = RuleChecker.Evaluate(Everything, roster);

        return evaluation.Violations.All(v =>
            Everything.Rules[v.RuleId] is not { } rule
                ? v.IsHard && v.Penalty == 0 // structural
                : v.IsHard == rule.Enforcement.IsHard && v.Units > 0 && (v.IsHard ? v.Penalty == 0
                    : v.RuleId == RuleIds.ShiftCover ? v.Penalty % rule.Enforcement.Weight == 0 && v.Penalty > 0
                    : v.Penalty == v.Units * rule.Enforcement.Weight));
    }

    [Property(Arbitrary = [typeof(RandomRosters)], MaxTest = 200)]
    public bool Relaxing_keeps_every_violation_and_prices_the_hard_ones(Roster roster)
    {
        const long weight = 1_000_000;
        var strict = RuleChecker.Evaluate(Everything, roster);
        var relaxed = RuleChecker.Evaluate(Everything.Relaxed(weight), roster);

        var structural = new[] { RuleIds.OneShiftPerDay, RuleIds.NoOverlap };
        var expectedPenalty = strict.Penalty + strict.HardViolations.Where(v => !structural.Contains(v.RuleId)).Sum(v => v.Units * weight);
        return Key(strict, withCost: false).SequenceEqual(Key(relaxed, withCost: false))
            && relaxed.Penalty == expectedPenalty
            && relaxed.HardViolations.All(v => structural.Contains(v.RuleId));
    }

    [Property(Arbitrary = [typeof(RandomRosters)], MaxTest = 100)]
    public bool Order_of_assignments_does_not_matter(Roster roster)
    {
        var reversed = new Roster([.. roster.Assignments.Reverse()]);

        return Key(RuleChecker.Evaluate(Everything, roster)).SequenceEqual(Key(RuleChecker.Evaluate(Everything, reversed)));
    }

    [Property(Arbitrary = [typeof(RandomRosters)], MaxTest = 200)]
    public bool A_shift_on_an_unavailable_free_day_adds_exactly_one_availability_violation(Roster roster)
    {
        // Bo cannot work day 4: clear that day, then add a shift on it.
        var free = new Roster([.. roster.Assignments.Where(a => !(a.Employee == Bo && a.Date == Day0(4)))]);
        var worked = new Roster(free.Assignments.Add(Works(Bo, Day0(4), Evening)));

        var before = Of(RuleChecker.Evaluate(Everything, free), RuleIds.Availability);
        var after = Of(RuleChecker.Evaluate(Everything, worked), RuleIds.Availability);

        return before.Length == 0
            && after.Length == 1
            && after[0].Employee == Bo && after[0].Dates.SequenceEqual([Day0(4)]) && after[0].Units == 1 && after[0].IsHard;
    }

    /// <summary>The violations as sorted text: who, when, which rule, how much and (optionally) whether hard and what it costs.</summary>
    private static string[] Key(Evaluation evaluation, bool withCost = true) =>
        [.. evaluation.Violations
            .Select(v => $"{v.RuleId}|{v.Employee}|{string.Join(",", v.Dates)}|{v.Units}" + (withCost ? $"|{v.IsHard}|{v.Penalty}" : ""))
            .Order(StringComparer.Ordinal)];
}
