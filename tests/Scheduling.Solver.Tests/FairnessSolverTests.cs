using Scheduling.Domain;
using Scheduling.Domain.Fairness;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Tests;

/// <summary>The fairness terms move rosters the way their definitions say, and a refused wish is priced by re-solving with it forced.</summary>
public class FairnessSolverTests
{
    private static readonly SolverOptions Quick = new() { TimeLimit = TimeSpan.FromSeconds(5), Workers = 2 };
    private static readonly LocalDate Monday = new(2027, 1, 11);
    private static readonly ShiftTemplate Night = new(new ShiftCode("N"), new LocalTime(21, 0), Duration.FromHours(10), ShiftKind.Night);
    private static readonly ShiftTemplate Day = new(new ShiftCode("D"), new LocalTime(7, 0), Duration.FromHours(8), ShiftKind.Day);
    private static readonly EmployeeId Anna = new("anna");
    private static readonly EmployeeId Bo = new("bo");

    private static Employee Staff(EmployeeId id) => new(id, id.Value, new WorkingTimeContract(maximumTotal: Duration.FromHours(60)));

    private static RosterProblem Problem(int days, ShiftTemplate template, Rule[] rules, Wish[]? wishes = null, FairnessLedger? ledger = null, Unavailability[]? unavailable = null)
    {
        var period = new SchedulePeriod(Monday, days, SchedulePeriod.DefaultZone);
        var demand = period.Dates.Select(d => new ShiftDemand(d, template.Code, 1, 1000, 1000)).ToArray();
        return new RosterProblem("fair", period, [template], [Staff(Anna), Staff(Bo)], new RulePack("p", [new ShiftCoverRule(), .. rules]),
            [.. demand], wishes: [.. wishes ?? []], unavailability: [.. unavailable ?? []], ledger: ledger);
    }

    private static int Count(Roster roster, EmployeeId employee) => roster.Assignments.Count(a => a.Employee == employee);

    [Fact]
    public void Nights_are_split_by_fair_share()
    {
        var result = RosterSolver.Solve(Problem(4, Night, [new FairNightsRule(10, 0)]), Quick);

        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal((2, 2), (Count(result.Roster!, Anna), Count(result.Roster!, Bo)));
        Assert.Equal(0, result.Objective);
    }

    [Fact]
    public void Who_did_more_nights_before_gets_fewer_now()
    {
        // Anna carries two nights over her share: her fair share of 4 + 2 is 3 − 2 = 1, Bo's 3.
        var result = RosterSolver.Solve(Problem(4, Night, [new FairNightsRule(10, 0)], ledger: new FairnessLedger([new LedgerEntry(Anna, NightsOver: 200)])), Quick);

        Assert.Equal((1, 3), (Count(result.Roster!, Anna), Count(result.Roster!, Bo)));
        Assert.Equal(0, result.Objective);
    }

    [Fact]
    public void Refusals_are_spread_when_wish_share_is_balanced()
    {
        // Both want both days off and someone must work each day: one refusal each (75 + 75) beats two for one person (250).
        Wish[] wishes = [.. new[] { Anna, Bo }.SelectMany(e => new[] { Monday, Monday.PlusDays(1) }.Select(d => new Wish(e, d, WishKind.DayOff, null, 1)))];

        var result = RosterSolver.Solve(Problem(2, Day, [new WishesRule(), new FairWishShareRule(1)], wishes), Quick);

        Assert.Equal((1, 1), (Count(result.Roster!, Anna), Count(result.Roster!, Bo)));
        Assert.Equal(2 + 150, result.Objective);
    }

    [Fact]
    public void A_no_nights_preference_hands_the_nights_to_the_other_employee()
    {
        var noNights = new Preference(Anna, PreferenceKind.NoShiftKind, 7, shiftKind: ShiftKind.Night);
        var period = new SchedulePeriod(Monday, 3, SchedulePeriod.DefaultZone);
        var problem = new RosterProblem("pref", period, [Night], [Staff(Anna), Staff(Bo)], new RulePack("p", [new ShiftCoverRule(), new PreferencesRule(2)]),
            [.. period.Dates.Select(d => new ShiftDemand(d, Night.Code, 1, 1000, 1000))], preferences: [noNights]);

        var result = RosterSolver.Solve(problem, Quick);

        Assert.Equal((0, 3), (Count(result.Roster!, Anna), Count(result.Roster!, Bo)));
        Assert.Equal(0, result.Objective);
        // Forcing one night on Anna costs the preference's weight times the multiplier.
        var cost = WishPricing.CostToGrant(problem, result.Roster!, new Wish(Anna, Monday, WishKind.ShiftOn, Night.Code, 1), Quick);
        Assert.Equal(14, cost.PenaltyDifference);
    }

    [Fact]
    public void Cost_to_grant_is_the_penalty_of_the_best_roster_with_the_wish_forced()
    {
        // Anna's day off weighs 10, Bo's 5: Bo works and his wish is refused (penalty 5). Granting it makes Anna work (10).
        var annaOff = new Wish(Anna, Monday, WishKind.DayOff, null, 10);
        var boOff = new Wish(Bo, Monday, WishKind.DayOff, null, 5);
        var problem = Problem(1, Day, [new WishesRule()], [annaOff, boOff]);
        var solved = RosterSolver.Solve(problem, Quick);
        Assert.Equal(new Assignment(Bo, Monday, Day.Code), Assert.Single(solved.Roster!.Assignments));

        var cost = WishPricing.CostToGrant(problem, solved.Roster!, boOff, Quick);

        Assert.Equal(SolveStatus.Optimal, cost.Status);
        Assert.Equal((5L, 10L, 5L), (cost.PenaltyBefore, cost.PenaltyAfter!.Value, cost.PenaltyDifference!.Value));
        Assert.Equal(5, cost.PenaltyDifferenceByRule[RuleIds.Wishes]);
        Assert.Equal([new ShiftChange(Anna, Monday, null, Day.Code), new ShiftChange(Bo, Monday, Day.Code, null)], cost.Changes.ToArray());
        Assert.Equal([Anna], cost.OthersAffected.ToArray());
        Assert.Equal(0, cost.CoverageDifferenceMinutes);
    }

    [Fact]
    public void Cost_to_grant_repairs_beyond_the_wish_date_when_a_hard_rule_needs_it()
    {
        // One weekend each at most. Anna works Saturday 16 Jan and wishes Saturday 23 Jan, which Bo works; Bo wishes 16 Jan off (8).
        // Granting Anna's wish (5) swaps the two Saturdays, a week apart: Bo's wish is refused instead, +3.
        var (first, second) = (Monday.PlusDays(5), Monday.PlusDays(12));
        var annaOn = new Wish(Anna, second, WishKind.ShiftOn, Day.Code, 5);
        var boOff = new Wish(Bo, first, WishKind.DayOff, null, 8);
        var period = new SchedulePeriod(Monday, 14, SchedulePeriod.DefaultZone);
        var problem = new RosterProblem("swap", period, [Day], [Staff(Anna), Staff(Bo)], new RulePack("p", [new ShiftCoverRule(), new WishesRule(), new MaxWeekendsRule(1)]),
            [.. period.Dates.Select(d => new ShiftDemand(d, Day.Code, d == first || d == second ? 1 : 0, 1000, 1000))], wishes: [annaOn, boOff]);
        var current = new Roster([new Assignment(Anna, first, Day.Code), new Assignment(Bo, second, Day.Code)]);

        var cost = WishPricing.CostToGrant(problem, current, annaOn, Quick);

        Assert.Equal((5L, 8L, 3L), (cost.PenaltyBefore, cost.PenaltyAfter!.Value, cost.PenaltyDifference!.Value));
        Assert.Equal([new ShiftChange(Anna, first, Day.Code, null), new ShiftChange(Anna, second, null, Day.Code), new ShiftChange(Bo, first, null, Day.Code), new ShiftChange(Bo, second, Day.Code, null)],
            cost.Changes.ToArray());
        Assert.Equal([Bo], cost.OthersAffected.ToArray());
    }

    [Fact]
    public void A_wish_that_breaks_a_hard_rule_has_no_price_but_names_the_conflict()
    {
        var boDay = new Wish(Bo, Monday, WishKind.ShiftOn, Day.Code, 5);
        var problem = Problem(1, Day, [new WishesRule(), new AvailabilityRule()], [boDay], unavailable: [new Unavailability(Bo, Monday)]);
        var solved = RosterSolver.Solve(problem, Quick);

        var cost = WishPricing.CostToGrant(problem, solved.Roster!, boDay, Quick);

        Assert.Equal(SolveStatus.Infeasible, cost.Status);
        Assert.Null(cost.Roster);
        Assert.Null(cost.PenaltyDifference);
        Assert.Contains(new Conflict(RuleIds.Availability, Bo, Monday), cost.Conflicts);
    }
}
