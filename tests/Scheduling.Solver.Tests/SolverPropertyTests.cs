using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Tests;

public class SolverPropertyTests
{
    private static readonly SolverOptions Quick = new() { TimeLimit = TimeSpan.FromSeconds(5), Workers = 2, HardPenalty = 10_000 };

    /// <summary>
    /// On random small problems using every rule (hard or soft), every roster the solver returns has the
    /// checker's penalty as its objective and, unless relaxed, no hard violation. The solver also checks
    /// this itself and throws on a mismatch; the assertions here keep the test honest without it.
    /// </summary>
    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Solver_rosters_pass_the_checker_with_equal_penalty(NonNegativeInt seed)
    {
        var problem = RandomProblems.Create(seed.Get);
        var result = RosterSolver.Solve(problem, Quick);
        if (result.Roster is null) return (result.Status == SolveStatus.Unknown).Label($"no roster but status {result.Status}");
        var solved = result.IsRelaxed ? problem.Relaxed(Quick.HardPenalty) : problem;
        var evaluation = RuleChecker.Evaluate(solved, result.Roster);
        return (evaluation.Penalty == result.Objective).Label($"objective {result.Objective} vs checker {evaluation.Penalty}")
            .And((result.IsRelaxed || evaluation.IsFeasible).Label("hard violations in a feasible roster"))
            .And((result.Status != SolveStatus.Infeasible || result.IsRelaxed).Label("infeasible without a relaxed roster"));
    }

    /// <summary>
    /// The model scores any roster as the checker does: a random roster is pinned cell by cell (every other
    /// rule soft), so the solver must return exactly it, with the checker's penalty as its objective.
    /// </summary>
    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Model_scores_any_roster_as_the_checker_does(NonNegativeInt seed)
    {
        var problem = RandomProblems.Create(seed.Get, maxEmployees: 4, maxDays: 8, allowHard: false, pinEverything: true);
        var result = RosterSolver.Solve(problem, Quick with { RelaxWhenInfeasible = false });
        var expected = problem.Pins.Where(p => p.Shift is not null).Select(p => (p.Employee, p.Date, p.Shift!.Value)).ToHashSet();
        var actual = result.Roster?.Assignments.Select(a => (a.Employee, a.Date, a.Shift)).ToHashSet() ?? [];
        var evaluation = RuleChecker.Evaluate(problem, result.Roster ?? Domain.Roster.Empty);
        return (result.Status == SolveStatus.Optimal).Label($"status {result.Status}")
            .And(expected.SetEquals(actual).Label("the solver's roster is not the pinned one"))
            .And((evaluation.Penalty == result.Objective).Label($"objective {result.Objective} vs checker {evaluation.Penalty}"));
    }

    /// <summary>
    /// The pinned random rosters above do charge the preference and fairness rules, so the property covers
    /// them with non-zero penalties, not only with empty terms.
    /// </summary>
    [Fact]
    public void Random_pinned_rosters_charge_every_fairness_rule()
    {
        var charged = Enumerable.Range(0, 300)
            .Select(seed => RandomProblems.Create(seed, maxEmployees: 4, maxDays: 8, allowHard: false, pinEverything: true))
            .SelectMany(problem => RuleChecker.Evaluate(problem, new Domain.Roster([.. problem.Pins.Where(p => p.Shift is not null)
                .Select(p => new Domain.Assignment(p.Employee, p.Date, p.Shift!.Value))])).PenaltyByRule.Keys)
            .CountBy(rule => rule)
            .ToDictionary();

        foreach (var rule in new[] { RuleIds.Preferences, RuleIds.FairWishShare, RuleIds.FairNights, RuleIds.FairWeekends, RuleIds.FairHolidays })
            Assert.True(charged.GetValueOrDefault(rule) >= 10, $"{rule} charged in {charged.GetValueOrDefault(rule)} of 300 rosters");
    }

    /// <summary>On tiny problems the solver's proven optimum equals the best roster found by enumerating all of them.</summary>
    [Property(MaxTest = 60, QuietOnSuccess = true)]
    public Property Solver_optimum_equals_brute_force_optimum(NonNegativeInt seed)
    {
        var problem = RandomProblems.Create(seed.Get, maxEmployees: 2, maxDays: 3, maxTemplates: 2);
        if (BruteForce.RosterCount(problem) > 20_000) return true.Label("too large to enumerate");
        var best = BruteForce.Optimum(problem);
        var result = RosterSolver.Solve(problem, Quick with { RelaxWhenInfeasible = false, ExplainInfeasibility = false });
        if (best is null) return (result.Status == SolveStatus.Infeasible).Label($"brute force finds no feasible roster, solver says {result.Status}");
        return (result.Status == SolveStatus.Optimal).Label($"status {result.Status}")
            .And((result.Objective == best).Label($"solver {result.Objective}, brute force {best}"));
    }
}
