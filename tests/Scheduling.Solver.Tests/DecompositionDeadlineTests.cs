using Scheduling.Solver.Decomposition;

namespace Scheduling.Solver.Tests;

/// <summary>
/// The decomposition's phases see a stop (a cancellation, a deadline) instead of running on: a year-long unit's
/// constructor, rounds and programs take seconds, which a time limit must be able to cut short. Behaviour, not wall-clock
/// times: what a phase does when it is already stopped.
/// </summary>
public class DecompositionDeadlineTests
{
    [Fact]
    public void A_program_stopped_before_it_starts_runs_over_no_day_and_proposes_nothing()
    {
        var problem = Examples.Load("care-home-solbacken.json");
        var program = new DynamicPricing(new PricingModel(problem, 0));
        var duals = Duals(problem);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Empty(program.Candidates(duals, 64, cancelled.Token));
        Assert.Empty(program.Price(duals, 64, cancelled.Token));
        Assert.Equal(0, program.Solves);

        // Not stopped, the same program does run and propose (so the above is the stop's doing).
        Assert.NotEmpty(program.Candidates(duals, 64));
        Assert.True(program.Solves > 0);
    }

    [Fact]
    public void The_column_generation_is_not_built_once_stopped()
    {
        var problem = Examples.Load("care-home-solbacken.json");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new ColumnGeneration(problem, 1, cancelled.Token));
    }

    [Fact]
    public void Past_its_time_the_generation_runs_only_its_first_round_and_no_compact_relaxation()
    {
        var problem = Examples.Load("care-home-solbacken.json");
        var generation = new ColumnGeneration(problem, 1, CancellationToken.None);
        generation.Run(TimeSpan.Zero, 1, null, CancellationToken.None);

        // The first round gives every employee a column (the first roster needs one); nothing after it.
        Assert.Equal(1, generation.Rounds);
        Assert.All(generation.Pool, columns => Assert.NotEmpty(columns));
        Assert.Null(generation.RelaxationBound);
    }

    [Fact]
    public void A_stopped_generation_prices_no_round()
    {
        var problem = Examples.Load("care-home-solbacken.json");
        var generation = new ColumnGeneration(problem, 1, CancellationToken.None);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        generation.Run(TimeSpan.FromSeconds(30), 1, null, cancelled.Token);
        Assert.Equal(0, generation.Rounds);
        Assert.All(generation.Pool, columns => Assert.Empty(columns));
    }

    [Theory]
    [InlineData(60, 3)]
    [InlineData(600, 5)]
    [InlineData(20, 1)]
    // A short limit still lets the whole model be built for ten seconds from the start.
    [InlineData(2, 8)]
    public void A_solve_ends_within_a_small_grace_past_its_limit(int limitSeconds, int graceSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(graceSeconds), RosterSolver.Grace(TimeSpan.FromSeconds(limitSeconds)));
    }

    private static long[,] Duals(Scheduling.Domain.RosterProblem problem)
    {
        var duals = new long[problem.Period.Days, problem.Templates.Length];
        for (var d = 0; d < problem.Period.Days; d++)
            for (var t = 0; t < problem.Templates.Length; t++)
                duals[d, t] = 100 * 64L;
        return duals;
    }
}
