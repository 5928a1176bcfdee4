using System.Globalization;
using Scheduling.Solver;

namespace Scheduling.Benchmarks.Curtois.Tests;

/// <summary>The product's solver on a real instance: what it returns, the checker confirms.</summary>
public class SolverSmokeTests
{
    [Fact]
    public void Instance2_solves_to_a_feasible_roster_the_checker_scores_at_the_objective()
    {
        var problem = CurtoisImporter.Load(SharedInstances.PathOf("Instance2.txt"));

        // RosterSolver itself throws when its objective and the checker's penalty disagree.
        var result = RosterSolver.Solve(problem, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(5), Workers = 8, Seed = 1 });

        Assert.True(result.Status is SolveStatus.Optimal or SolveStatus.Feasible, $"status {result.Status}");
        Assert.NotNull(result.Roster);
        Assert.True(result.Evaluation!.IsFeasible, string.Join("\n", result.Evaluation.HardViolations.Select(v => v.Message)));
        Assert.Equal(0, result.Evaluation.HardViolationCount);
        Assert.Equal(result.Evaluation.Penalty, result.Objective);
        // The benchmark's proven lower bound: no feasible roster can cost less.
        var lowerBound = long.Parse(File.ReadLines(SharedInstances.PathOf("BEST_KNOWN.csv")).Select(l => l.Split(',')).Single(f => f[0] == "Instance2")[6], CultureInfo.InvariantCulture);
        Assert.True(result.Objective >= lowerBound, $"objective {result.Objective} is below the proven lower bound {lowerBound}");
    }
}
