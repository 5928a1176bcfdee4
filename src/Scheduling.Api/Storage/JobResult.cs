using Scheduling.Solver;

namespace Scheduling.Api.Storage;

/// <summary>
/// The outcome of an ended solve: its status, the roster it made (empty: none), the roster's penalty, the best bound
/// proven and the gap (null: none), whether the hard rules were relaxed and whether it was cancelled, the conflicting
/// hard rules of an infeasible problem, the roster's hard violations, the search's time (null: not known) and the rosters
/// it found.
/// </summary>
public sealed record JobResult(
    SolveStatus Status,
    string Roster,
    long? Objective,
    long? BestBound,
    double? Gap,
    bool Relaxed,
    bool Cancelled,
    ImmutableArray<Conflict> Conflicts,
    int HardViolationCount,
    TimeSpan? TotalTime,
    int SolutionCount)
{
    /// <summary>A queued job cancelled before it ran: nothing found, nothing known.</summary>
    public static JobResult CancelledBeforeRunning { get; } = new(SolveStatus.Unknown, "", null, null, null, false, true, [], 0, null, 0);

    /// <summary>The outcome of a solve, naming the roster when there is one.</summary>
    public static JobResult Of(Solver.SolveResult result, string? roster) => new(
        result.Status,
        roster ?? "",
        result.Evaluation?.Penalty,
        result.BestBound,
        result.Gap,
        result.IsRelaxed,
        result.Cancelled,
        result.Conflicts,
        result.Evaluation?.HardViolationCount ?? 0,
        result.TotalTime,
        result.SolutionCount);
}
