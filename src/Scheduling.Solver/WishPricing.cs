using System.Collections.Immutable;
using NodaTime;
using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Reporting;

namespace Scheduling.Solver;

/// <summary>One cell that differs between two rosters: the employee's shift on a date before and after (null: off).</summary>
public sealed record ShiftChange(EmployeeId Employee, LocalDate Date, ShiftCode? Before, ShiftCode? After);

/// <summary>
/// What granting a refused wish costs: the best roster found with the wish held as a hard constraint, its penalty
/// and coverage against the current roster's, and which other shifts it changes. Without a roster
/// (<see cref="Status"/> Infeasible), the wish cannot be granted without breaking a hard rule; <see cref="Conflicts"/>
/// names the rules, employees and dates in the way.
/// </summary>
public sealed record WishCost(
    Wish Wish,
    SolveStatus Status,
    Roster? Roster,
    long PenaltyBefore,
    long? PenaltyAfter,
    ImmutableSortedDictionary<string, long> PenaltyDifferenceByRule,
    long MinutesShortOfMinimumBefore,
    long? MinutesShortOfMinimumAfter,
    long MinutesShortOfIdealBefore,
    long? MinutesShortOfIdealAfter,
    ImmutableArray<ShiftChange> Changes,
    ImmutableArray<Conflict> Conflicts)
{
    /// <summary>Penalty after − before: what the roster loses by granting the wish (negative: the current roster was not optimal).</summary>
    public long? PenaltyDifference => PenaltyAfter - PenaltyBefore;

    /// <summary>Person-minutes below the demand curve's minimum, after − before.</summary>
    public long? CoverageDifferenceMinutes => MinutesShortOfMinimumAfter - MinutesShortOfMinimumBefore;

    /// <summary>The other employees whose shifts change.</summary>
    public ImmutableArray<EmployeeId> OthersAffected => [.. Changes.Select(c => c.Employee).Where(e => e != Wish.Employee).Distinct()];
}

/// <summary>Prices refused wishes by re-solving with the wish forced, warm-started from the current roster.</summary>
public static class WishPricing
{
    /// <summary>
    /// Re-solves <paramref name="problem"/> with <paramref name="wish"/> held, starting from <paramref name="current"/>
    /// with the wish applied (a short <see cref="SolverOptions.TimeLimit"/> is enough: the neighbourhood search
    /// repairs around the changed cell), and compares the result with the current roster.
    /// </summary>
    public static WishCost CostToGrant(RosterProblem problem, Roster current, Wish wish, SolverOptions options, CancellationToken cancellation = default)
    {
        if (!problem.EmployeeById.ContainsKey(wish.Employee) || !problem.Period.Contains(wish.Date) || (wish.Shift is { } s && !problem.TemplateByCode.ContainsKey(s)))
            throw new ArgumentException($"the wish of {wish.Employee} on {wish.Date:uuuu-MM-dd} names an employee, date or shift the problem does not have", nameof(wish));
        var before = RuleChecker.Evaluate(problem, current);
        var beforeReport = RosterReport.Build(problem, current, explain: false);
        var result = RosterSolver.Solve(problem, options with
        {
            ForcedWishes = [wish],
            Hint = WishExplainer.Apply(current, wish),
            RelaxWhenInfeasible = false,
        }, cancellation: cancellation);
        if (result.Roster is not { } granted)
            return new WishCost(wish, result.Status, null, before.Penalty, null, ImmutableSortedDictionary<string, long>.Empty,
                beforeReport.PersonMinutesShortOfMinimum, null, beforeReport.PersonMinutesShortOfIdeal, null, [], result.Conflicts);

        var after = result.Evaluation!;
        var afterReport = RosterReport.Build(problem, granted, explain: false);
        var byRule = after.PenaltyByRule.Keys.Union(before.PenaltyByRule.Keys)
            .Select(r => (Rule: r, Difference: after.PenaltyByRule.GetValueOrDefault(r) - before.PenaltyByRule.GetValueOrDefault(r)))
            .Where(x => x.Difference != 0)
            .ToImmutableSortedDictionary(x => x.Rule, x => x.Difference, StringComparer.Ordinal);
        return new WishCost(wish, result.Status, granted, before.Penalty, after.Penalty, byRule,
            beforeReport.PersonMinutesShortOfMinimum, afterReport.PersonMinutesShortOfMinimum,
            beforeReport.PersonMinutesShortOfIdeal, afterReport.PersonMinutesShortOfIdeal,
            Changes(current, granted), []);
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
