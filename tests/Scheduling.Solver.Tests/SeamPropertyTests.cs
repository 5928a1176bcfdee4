using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Scheduling.Domain.Checking;

namespace Scheduling.Solver.Tests;

/// <summary>
/// The objective-equals-checker properties on random problems with a random history before the period: the model takes
/// the history's shifts as constants exactly as the checker reads them, in both search cores.
/// </summary>
public class SeamPropertyTests
{
    private static readonly SolverOptions Quick = new() { TimeLimit = TimeSpan.FromSeconds(5), Workers = 2, HardPenalty = 10_000 };

    [Property(MaxTest = 120, QuietOnSuccess = true)]
    public Property Solver_rosters_with_history_pass_the_checker_with_equal_penalty(NonNegativeInt seed)
    {
        var problem = RandomProblems.WithHistory(RandomProblems.Create(seed.Get), seed.Get);
        var core = seed.Get % 2 == 0 ? SolverCore.Decomposition : SolverCore.Baseline;
        var result = RosterSolver.Solve(problem, Quick with { Core = core });
        if (result.Roster is null) return (result.Status == SolveStatus.Unknown).Label($"no roster but status {result.Status}");
        var solved = result.IsRelaxed ? problem.Relaxed(Quick.HardPenalty) : problem;
        var evaluation = RuleChecker.Evaluate(solved, result.Roster);
        return (evaluation.Penalty == result.Objective).Label($"{core}: objective {result.Objective} vs checker {evaluation.Penalty}")
            .And((result.IsRelaxed || evaluation.IsFeasible).Label("hard violations in a feasible roster"))
            .And((result.Status != SolveStatus.Infeasible || result.IsRelaxed).Label("infeasible without a relaxed roster"));
    }

    /// <summary>A random roster pinned cell by cell, every other rule soft: the model must score it as the checker does, history included.</summary>
    [Property(MaxTest = 120, QuietOnSuccess = true)]
    public Property Model_scores_any_roster_with_history_as_the_checker_does(NonNegativeInt seed)
    {
        var problem = RandomProblems.WithHistory(RandomProblems.Create(seed.Get, maxEmployees: 4, maxDays: 10, allowHard: false, pinEverything: true), seed.Get);
        var pinned = problem.Pins.Where(p => p.Shift is not null).Select(p => (p.Employee, p.Date, p.Shift!.Value)).ToHashSet();

        // A pinned shift that overlaps a history shift cannot be worked (no-overlap is structural): such a roster is not scored.
        var evaluationOfPins = RuleChecker.Evaluate(problem, new Domain.Roster([.. pinned.Select(p => new Domain.Assignment(p.Employee, p.Date, p.Value))]));
        if (evaluationOfPins.Violations.Any(v => v.RuleId == Domain.Rules.RuleIds.NoOverlap)) return true.Label("pins overlap the history");
        var result = RosterSolver.Solve(problem, Quick with { RelaxWhenInfeasible = false });
        var actual = result.Roster?.Assignments.Select(a => (a.Employee, a.Date, a.Shift)).ToHashSet() ?? [];
        var evaluation = RuleChecker.Evaluate(problem, result.Roster ?? Domain.Roster.Empty);
        return (result.Status == SolveStatus.Optimal).Label($"status {result.Status}")
            .And(pinned.SetEquals(actual).Label("the solver's roster is not the pinned one"))
            .And((evaluation.Penalty == result.Objective).Label($"objective {result.Objective} vs checker {evaluation.Penalty}"));
    }

    /// <summary>The pinned random rosters above do break the rules across the seam, so the property covers them with violations that involve history.</summary>
    [Fact]
    public void Random_pinned_rosters_with_history_break_every_rule_across_the_seam()
    {
        var charged = Enumerable.Range(0, 300)
            .Select(seed => RandomProblems.WithHistory(RandomProblems.Create(seed, maxEmployees: 4, maxDays: 10, allowHard: false, pinEverything: true), seed))
            .SelectMany(problem => RuleChecker.Evaluate(problem, new Domain.Roster([.. problem.Pins.Where(p => p.Shift is not null)
                .Select(p => new Domain.Assignment(p.Employee, p.Date, p.Shift!.Value))])).Violations.Where(v => v.InvolvesHistory).Select(v => v.RuleId))
            .CountBy(rule => rule)
            .ToDictionary();

        foreach (var rule in new[] { Domain.Rules.RuleIds.DailyRest, Domain.Rules.RuleIds.WeeklyRest, Domain.Rules.RuleIds.MaxConsecutiveDays, Domain.Rules.RuleIds.MinConsecutiveDays,
                     Domain.Rules.RuleIds.MinConsecutiveDaysOff, Domain.Rules.RuleIds.ForbiddenSuccessions, Domain.Rules.RuleIds.OrdinaryHours, Domain.Rules.RuleIds.TotalHours,
                     Domain.Rules.RuleIds.Overtime, Domain.Rules.RuleIds.NightWork, Domain.Rules.RuleIds.MaxWeekends })
            Assert.True(charged.GetValueOrDefault(rule) >= 10, $"{rule} broken across the seam in {charged.GetValueOrDefault(rule)} of 300 rosters");
    }

    /// <summary>On tiny problems with history the solver's proven optimum equals the best roster found by enumerating all of them: the model is neither looser nor stricter at the seam.</summary>
    [Property(MaxTest = 60, QuietOnSuccess = true)]
    public Property Solver_optimum_with_history_equals_brute_force_optimum(NonNegativeInt seed)
    {
        var problem = RandomProblems.WithHistory(RandomProblems.Create(seed.Get, maxEmployees: 2, maxDays: 3, maxTemplates: 2), seed.Get);
        if (BruteForce.RosterCount(problem) > 20_000) return true.Label("too large to enumerate");
        var best = BruteForce.Optimum(problem);
        var result = RosterSolver.Solve(problem, Quick with { RelaxWhenInfeasible = false, ExplainInfeasibility = false, Core = SolverCore.Baseline });
        if (best is null) return (result.Status == SolveStatus.Infeasible).Label($"brute force finds no feasible roster, solver says {result.Status}");
        return (result.Status == SolveStatus.Optimal).Label($"status {result.Status}")
            .And((result.Objective == best).Label($"solver {result.Objective}, brute force {best}"));
    }
}
