using Google.OrTools.Sat;

namespace Scheduling.Solver;

/// <summary>
/// Fix-and-optimise over the full model: keep the incumbent roster, free a neighbourhood (a few employees
/// over the whole period, every employee over a window of days, or a block of both), fix every other
/// shift variable to its incumbent value by narrowing its domain in place, and let CP-SAT re-solve that
/// small problem from the incumbent. Small sub-problems solve in a fraction of a second where the whole
/// one stalls; the neighbourhood grows when a sub-problem is solved to optimality and shrinks when it
/// times out. The objective is the same model's, so every accepted roster is scored exactly.
/// </summary>
internal sealed class LargeNeighbourhoodSearch(ModelContext context, SolverOptions options)
{
    private readonly Random random = new(options.Seed);
    private double size = 0.25;

    public sealed record Outcome(bool[,,] Incumbent, long Objective, int Improvements, int Iterations);

    public Outcome Run(bool[,,] start, long startObjective, TimeSpan budget, Action<long, bool[,,]> improved, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var incumbent = (bool[,,])start.Clone();
        var objective = startObjective;
        int improvements = 0, iterations = 0;
        while (clock.Elapsed < budget && !cancellation.IsCancellationRequested)
        {
            iterations++;
            var free = Neighbourhood();
            var fixedVars = new List<int>();
            for (var e = 0; e < context.E; e++)
                for (var d = 0; d < context.D; d++)
                {
                    var open = free(e, d);
                    for (var t = 0; t < context.T; t++)
                    {
                        var index = context.X[e, d, t].GetIndex();
                        if (open) continue;
                        Fix(index, incumbent[e, d, t]);
                        fixedVars.Add(index);
                    }
                }

            context.Model.ClearHints();
            for (var e = 0; e < context.E; e++)
                for (var d = 0; d < context.D; d++)
                    for (var t = 0; t < context.T; t++)
                        context.Model.AddHint(context.X[e, d, t], incumbent[e, d, t] ? 1 : 0);

            var left = budget - clock.Elapsed;
            var limit = Math.Min(left.TotalSeconds, Math.Max(0.3, 4.0 * size));
            using var solver = new CpSolver
            {
                StringParameters = CpSatParameters.Format(TimeSpan.FromSeconds(limit), Math.Min(2, options.Workers), random.Next(1000)),
            };
            using (cancellation.Register(solver.StopSearch))
            {
                var status = solver.Solve(context.Model);
                if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
                {
                    var value = context.ObjectiveTerms.Sum(term => term.Weight * solver.Value(term.Expr));
                    if (value < objective)
                    {
                        objective = value;
                        for (var e = 0; e < context.E; e++)
                            for (var d = 0; d < context.D; d++)
                                for (var t = 0; t < context.T; t++)
                                    incumbent[e, d, t] = solver.BooleanValue(context.X[e, d, t]);
                        improvements++;
                        improved(objective, incumbent);
                    }
                }

                // Solved to optimality: the neighbourhood was easy, try a larger one; otherwise a smaller one.
                size = status == CpSolverStatus.Optimal ? Math.Min(0.9, size * 1.15) : Math.Max(0.05, size * 0.85);
            }

            Release(fixedVars);
        }

        return new Outcome(incumbent, objective, improvements, iterations);
    }

    /// <summary>
    /// The objective of a complete roster under the model, or null when it breaks a hard constraint: every
    /// shift variable fixed to the roster, so the solve only propagates.
    /// </summary>
    public long? Score(bool[,,] roster, TimeSpan limit, CancellationToken cancellation)
    {
        var fixedVars = new List<int>();
        for (var e = 0; e < context.E; e++)
            for (var d = 0; d < context.D; d++)
                for (var t = 0; t < context.T; t++)
                {
                    var index = context.X[e, d, t].GetIndex();
                    Fix(index, roster[e, d, t]);
                    fixedVars.Add(index);
                }

        try
        {
            using var solver = new CpSolver
            {
                StringParameters = CpSatParameters.Format(limit, workers: 1),
            };
            using var registration = cancellation.Register(solver.StopSearch);
            var status = solver.Solve(context.Model);
            return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible
                ? context.ObjectiveTerms.Sum(term => term.Weight * solver.Value(term.Expr))
                : null;
        }
        finally
        {
            Release(fixedVars);
        }
    }

    /// <summary>Narrows a shift variable's domain to one value, in the model proto itself (cheap, undone by <see cref="Release"/>).</summary>
    private void Fix(int index, bool value)
    {
        var domain = context.Model.Model.Variables[index].Domain;
        domain.Clear();
        domain.Add(value ? 1 : 0);
        domain.Add(value ? 1 : 0);
    }

    private void Release(List<int> indices)
    {
        foreach (var index in indices)
        {
            var domain = context.Model.Model.Variables[index].Domain;
            domain.Clear();
            domain.Add(0);
            domain.Add(1);
        }
    }

    /// <summary>Picks which (employee, day) cells are free this time.</summary>
    private Func<int, int, bool> Neighbourhood()
    {
        var kind = random.Next(3);
        if (kind == 0 || context.D < 3)
        {
            // A share of the employees, all days: swaps whole working patterns between people.
            var chosen = Enumerable.Range(0, context.E).Where(_ => random.NextDouble() < size).ToHashSet();
            return (e, _) => chosen.Contains(e);
        }

        var width = Math.Clamp((int)Math.Round(context.D * size), 2, context.D);
        var from = random.Next(0, context.D - width + 1);
        if (kind == 1) return (_, d) => d >= from && d < from + width;

        // A block: half again as many days, about half the employees.
        var wider = Math.Min(context.D, width * 3 / 2 + 1);
        var start = random.Next(0, context.D - wider + 1);
        var some = Enumerable.Range(0, context.E).Where(_ => random.NextDouble() < 0.5).ToHashSet();
        return (e, d) => some.Contains(e) && d >= start && d < start + wider;
    }
}
