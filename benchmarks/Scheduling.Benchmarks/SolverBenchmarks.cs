using BenchmarkDotNet.Attributes;
using Scheduling.Domain;
using Scheduling.Solver;

namespace Scheduling.Benchmarks;

/// <summary>
/// Model building, measured through the public API: <see cref="RosterSolver.Solve"/> with a 1 ms search on
/// one worker, so the time is the model build, handing it to CP-SAT and the start of its presolve; the
/// allocations (MemoryDiagnoser) are the managed model. The builder itself is internal to the solver.
/// </summary>
[MemoryDiagnoser]
public class ModelBuildBenchmarks
{
    private static readonly SolverOptions Tiny = new()
    {
        TimeLimit = TimeSpan.FromMilliseconds(1),
        Workers = 1,
        // One model, one search: no feasibility-first model of the hard rules, no neighbourhood search.
        FeasibilityShare = 0,
        NeighbourhoodShare = 0,
        ExplainInfeasibility = false,
        RelaxWhenInfeasible = false,
    };

    private RosterProblem problem = null!;

    /// <summary>Small (14 days × 14 staff × 2 shifts), medium (28 × 60 × 10), large (182 × 50 × 6).</summary>
    [Params("Instance2", "Instance12", "Instance20")]
    public string Instance { get; set; } = "";

    [GlobalSetup]
    public void Setup() => problem = Instances.Load(Instance);

    [Benchmark]
    public SolveStatus BuildAndStart() => RosterSolver.Solve(problem, Tiny).Status;
}

/// <summary>
/// Time to the first feasible roster on a medium instance (28 days × 60 staff × 10 shifts): the solve, with
/// the production options (8 workers, feasibility phase first), is cancelled at the first roster it reports
/// to the progress callback. The roster is still re-checked by the rule checker.
/// </summary>
[MemoryDiagnoser]
public class FirstRosterBenchmarks
{
    private RosterProblem problem = null!;

    [Params("Instance12")]
    public string Instance { get; set; } = "";

    [GlobalSetup]
    public void Setup() => problem = Instances.Load(Instance);

    [Benchmark]
    public long? FirstRoster()
    {
        using var stop = new CancellationTokenSource();
        var options = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(120), Workers = 8, Seed = 1, ExplainInfeasibility = false, RelaxWhenInfeasible = false };
        var result = RosterSolver.Solve(problem, options, new StopAtFirst(stop), stop.Token);
        return result.Roster is null ? throw new InvalidOperationException($"{Instance}: no roster within {options.TimeLimit}") : result.Objective;
    }

    private sealed class StopAtFirst(CancellationTokenSource stop) : IProgress<SolveProgress>
    {
        public void Report(SolveProgress value) => stop.Cancel();
    }
}
