namespace Scheduling.Solver;

/// <summary>
/// What a solve's watcher sees: each better roster once, numbered across the search's phases. The phases (the
/// decomposition, the whole model, the neighbourhoods, a municipality's units) each count their own rosters from one
/// and may start from a roster worse than the best so far; the watcher is told of a roster better than every one before
/// it, with the count of such rosters so far, and of a new bound on the best roster (counted no further). Reports reach
/// the watcher in the order they were decided. With a watcher, the count is the solve's <see cref="SolveResult.SolutionCount"/> too.
/// </summary>
internal sealed class ImprovingProgress(IProgress<SolveProgress>? watcher) : IProgress<SolveProgress>
{
    private readonly Lock gate = new();
    private long best = long.MaxValue;
    private long bound = long.MinValue;
    private int found;

    public void Report(SolveProgress value)
    {
        lock (gate)
        {
            var better = value.Objective < best;
            if (!better && (value.Objective > best || value.BestBound == bound)) return;
            if (better) found++;
            best = value.Objective;
            bound = value.BestBound;
            watcher?.Report(value with { SolutionCount = found });
        }
    }

    /// <summary>
    /// The better rosters found, as the result counts them: those reported, and the result's own when it is better than
    /// every one reported (a last roster a phase returned without reporting it).
    /// </summary>
    public int Counted(SolveResult result)
    {
        lock (gate)
            return found + (result.Roster is not null && result.Objective is { } objective && objective < best ? 1 : 0);
    }
}
