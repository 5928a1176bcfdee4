using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Google.OrTools.Sat;
using Scheduling.Domain;
using Scheduling.Domain.Checking;

namespace Scheduling.Solver.Tests;

/// <summary>The objective-equals-checker properties on problems that plan several units at once.</summary>
public class MultiUnitPropertyTests
{
    private static readonly SolverOptions Quick = new() { TimeLimit = TimeSpan.FromSeconds(5), Workers = 2, HardPenalty = 10_000 };

    /// <summary>Every roster the solver returns for several units has the checker's penalty as its objective and keeps the hard rules.</summary>
    [Property(MaxTest = 150, QuietOnSuccess = true)]
    public Property Solver_rosters_of_several_units_pass_the_checker_with_equal_penalty(NonNegativeInt seed)
    {
        var problem = RandomUnits.Create(seed.Get);
        var result = RosterSolver.Solve(problem, Quick);
        // The relaxed problem always has a roster (the empty one keeps every structural rule), but the time left after a
        // proof of infeasibility may end before the least-bad roster is found: a verdict without a roster is honest.
        if (result.Roster is null) return (result.Status is SolveStatus.Unknown or SolveStatus.Infeasible).Label($"no roster but status {result.Status}");
        var solved = result.IsRelaxed ? problem.Relaxed(Quick.HardPenalty) : problem;
        var evaluation = RuleChecker.Evaluate(solved, result.Roster);
        var unitsNamed = result.Roster.Assignments.All(a => a.Unit is not null);
        return (evaluation.Penalty == result.Objective).Label($"objective {result.Objective} vs checker {evaluation.Penalty}")
            .And((result.IsRelaxed || evaluation.IsFeasible).Label("hard violations in a feasible roster"))
            .And(unitsNamed.Label("a shift of a roster of several units without its unit"));
    }

    /// <summary>
    /// The model scores any roster of several units as the checker does, rule by rule: every cell of a random roster
    /// (shift and unit) is fixed in the model, and the objective's terms of each rule equal the checker's penalty of it.
    /// </summary>
    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property Model_scores_any_roster_of_several_units_as_the_checker_does(NonNegativeInt seed)
    {
        var problem = RandomUnits.Create(seed.Get, maxEmployees: 4, maxDays: 8, allowHard: false);
        var roster = RandomUnits.RandomRoster(problem, seed.Get);
        var evaluation = RuleChecker.Evaluate(problem, roster);
        var context = ModelBuilder.Build(problem);
        var worked = roster.Assignments.Select(a => (context.EmployeeIndex(a.Employee), problem.Period.IndexOf(a.Date), context.AlternativeOf(a)!.Value)).ToHashSet();
        for (var e = 0; e < context.E; e++)
            for (var d = 0; d < context.D; d++)
                for (var t = 0; t < context.T; t++)
                    context.Model.Add(context.X[e, d, t] == (worked.Contains((e, d, t)) ? 1 : 0));
        using var solver = new CpSolver { StringParameters = CpSatParameters.Format(TimeSpan.FromSeconds(10), 2, 0, "") };
        var status = solver.Solve(context.Model);
        if (status != CpSolverStatus.Optimal) return false.Label($"status {status}; checker: {evaluation.Penalty}, hard {evaluation.IsFeasible}");
        var byRule = context.ObjectiveTerms.GroupBy(t => t.Rule).ToDictionary(g => g.Key, g => g.Sum(t => t.Weight * solver.Value(t.Expr)));
        var differing = byRule.Keys.Union(evaluation.PenaltyByRule.Keys)
            .Where(rule => byRule.GetValueOrDefault(rule) != evaluation.PenaltyByRule.GetValueOrDefault(rule))
            .Select(rule => $"{rule}: model {byRule.GetValueOrDefault(rule)}, checker {evaluation.PenaltyByRule.GetValueOrDefault(rule)}")
            .ToList();
        return (differing.Count == 0).Label(string.Join("; ", differing));
    }

    /// <summary>The random problems put shifts at more than one unit and charge per-unit cover, continuity and pool-order, so the properties above test them.</summary>
    [Fact]
    public void Random_rosters_of_several_units_charge_cover_per_unit()
    {
        var charged = 0;
        var spread = 0;
        var continuity = 0;
        var pool = 0;
        for (var seed = 0; seed < 100; seed++)
        {
            var problem = RandomUnits.Create(seed, maxEmployees: 4, maxDays: 8, allowHard: false);
            var roster = RandomUnits.RandomRoster(problem, seed);
            var evaluation = RuleChecker.Evaluate(problem, roster);
            if (evaluation.Violations.Any(v => v.RuleId is "demand-minimum" or "demand-ideal" or "shift-cover")) charged++;
            if (evaluation.PenaltyByRule.GetValueOrDefault("continuity") > 0) continuity++;
            if (evaluation.PenaltyByRule.GetValueOrDefault("pool-order") > 0) pool++;
            if (roster.Assignments.Select(a => a.Unit).Distinct().Count() > 1) spread++;
        }

        Assert.True(charged >= 50, $"cover charged in {charged} of 100");
        Assert.True(spread >= 50, $"shifts at several units in {spread} of 100");
        Assert.True(continuity >= 20, $"continuity charged in {continuity} of 100");
        Assert.True(pool >= 20, $"pool-order charged in {pool} of 100");
    }
}
