using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Reporting;

namespace Scheduling.Solver;

/// <summary>Prices refused wishes by re-solving with the wish forced, warm-started from the current roster.</summary>
public static class WishPricing
{
    /// <summary>Days either side of the wish's date that the local repair may change for every employee.</summary>
    private const int RepairDays = 3;

    /// <summary>
    /// Re-solves <paramref name="problem"/> with <paramref name="wish"/> held and compares the result with
    /// <paramref name="current"/>. Half of <see cref="SolverOptions.TimeLimit"/> goes to a local repair (every cell
    /// pinned to the current roster except the wisher's whole period and everyone's days within three of the wish),
    /// the rest to the whole problem warm-started from the repaired roster (or from the current one with the wish
    /// applied when the repair finds none), so a short limit is enough and the result changes few shifts.
    /// </summary>
    public static WishCost CostToGrant(RosterProblem problem, Roster current, Wish wish, SolverOptions options, CancellationToken cancellation = default)
    {
        if (!problem.EmployeeById.ContainsKey(wish.Employee) || !problem.Period.Contains(wish.Date) || (wish.Shift is { } s && !problem.TemplateByCode.ContainsKey(s)))
            throw new ArgumentException($"the wish of {wish.Employee} on {wish.Date:uuuu-MM-dd} names an employee, date or shift the problem does not have", nameof(wish));
        var before = RuleChecker.Evaluate(problem, current);
        var beforeReport = RosterReport.Build(problem, current, explain: false);
        var half = options.TimeLimit / 2;
        var forced = options with { ForcedWishes = [wish], RelaxWhenInfeasible = false };
        var local = RosterSolver.Solve(Neighbourhood(problem, current, wish), forced with { TimeLimit = half, Hint = WishExplainer.Apply(current, wish), ExplainInfeasibility = false }, cancellation: cancellation);
        var result = RosterSolver.Solve(problem, forced with { TimeLimit = half, Hint = local.Roster ?? WishExplainer.Apply(current, wish) }, cancellation: cancellation);
        var granted = result.Roster ?? local.Roster;
        if (granted is null)
            return new WishCost(wish, result.Status, null, before.Penalty, null, ImmutableSortedDictionary<string, long>.Empty,
                beforeReport.PersonMinutesShortOfMinimum, null, beforeReport.PersonMinutesShortOfIdeal, null, [], result.Conflicts);

        var after = RuleChecker.Evaluate(problem, granted);
        var afterReport = RosterReport.Build(problem, granted, explain: false);
        var byRule = after.PenaltyByRule.Keys.Union(before.PenaltyByRule.Keys)
            .Select(r => (Rule: r, Difference: after.PenaltyByRule.GetValueOrDefault(r) - before.PenaltyByRule.GetValueOrDefault(r)))
            .Where(x => x.Difference != 0)
            .ToImmutableSortedDictionary(x => x.Rule, x => x.Difference, StringComparer.Ordinal);
        return new WishCost(wish, result.Roster is null ? SolveStatus.Feasible : result.Status, granted, before.Penalty, after.Penalty, byRule,
            beforeReport.PersonMinutesShortOfMinimum, afterReport.PersonMinutesShortOfMinimum,
            beforeReport.PersonMinutesShortOfIdeal, afterReport.PersonMinutesShortOfIdeal,
            Changes(current, granted), []);
    }

    /// <summary>The problem with every cell outside the repair neighbourhood pinned to the current roster.</summary>
    private static RosterProblem Neighbourhood(RosterProblem problem, Roster current, Wish wish)
    {
        var pinned = problem.Pins.Select(p => (p.Employee, p.Date)).ToHashSet();
        var shifts = current.Assignments.GroupBy(a => (a.Employee, a.Date)).ToDictionary(g => g.Key, g => g.First().Shift);
        var pins = problem.Employees
            .Where(e => e.Id != wish.Employee)
            .SelectMany(e => problem.Period.Dates
                .Where(d => Math.Abs(NodaTime.Period.DaysBetween(wish.Date, d)) > RepairDays && !pinned.Contains((e.Id, d)))
                .Select(d => new Pin(e.Id, d, shifts.TryGetValue((e.Id, d), out var code) ? code : null)));
        var rules = problem.Rules.Get<Domain.Rules.PinsRule>() is { Enforcement.IsHard: true }
            ? problem.Rules
            : new Domain.Rules.RulePack(problem.Rules.Id, [.. problem.Rules.Rules.Where(r => r is not Domain.Rules.PinsRule), new Domain.Rules.PinsRule()]);
        return problem.WithRules(rules).WithPins([.. problem.Pins, .. pins]);
    }

    private static ImmutableArray<ShiftChange> Changes(Roster before, Roster after)
    {
        var a = before.Assignments.GroupBy(x => (x.Employee, x.Date)).ToDictionary(g => g.Key, g => (ShiftCode?)g.First().Shift);
        var b = after.Assignments.GroupBy(x => (x.Employee, x.Date)).ToDictionary(g => g.Key, g => (ShiftCode?)g.First().Shift);
        return [.. a.Keys.Union(b.Keys)
            .Select(k => new ShiftChange(k.Employee, k.Date, a.GetValueOrDefault(k), b.GetValueOrDefault(k)))
            .Where(c => c.Before != c.After)
            .OrderBy(c => c.Employee.Value, StringComparer.Ordinal).ThenBy(c => c.Date)];
    }
}
