namespace Scheduling.Solver;

/// <summary>
/// What a solve's watcher sees: each better roster once, numbered across the search's phases. The phases (the
/// decomposition, the whole model, the neighbourhoods, a municipality's units) each count their own rosters from one
/// and may start from a roster worse than the best so far; the watcher is told only of a roster better than every one
/// before it, with the count of such rosters so far.
/// </summary>
internal sealed class ImprovingProgress(IProgress<SolveProgress> watcher) : IProgress<SolveProgress>
{
    private readonly Lock gate = new();
    private long best = long.MaxValue;
    private int found;

    public void Report(SolveProgress value)
    {
        SolveProgress better;
        lock (gate)
        {
            if (value.Objective >= best) return;
            best = value.Objective;
            better = value with { SolutionCount = ++found };
        }

        watcher.Report(better);
    }
}
