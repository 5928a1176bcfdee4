namespace Scheduling.Api.Storage;

/// <summary>
/// A running job's latest improvement: its state, the best roster's objective, the best bound proven and the gap
/// between them, the time since the search started (null: not known) and the rosters found so far.
/// </summary>
public sealed record JobProgress(JobState State, long Objective, long BestBound, double Gap, TimeSpan? Elapsed, int SolutionCount)
{
    /// <summary>No improvement yet, in <paramref name="state"/>.</summary>
    public static JobProgress None(JobState state) => new(state, 0, 0, 0, null, 0);
}
