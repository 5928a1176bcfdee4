namespace Scheduling.Api.Application.Solving;

/// <summary>
/// Solve jobs: admission into a bounded queue, the workers, progress for any number of watchers, cancellation,
/// leases and recovery after a restart (<see cref="SolveJobs"/>, one <see cref="LiveJob"/> per job held), and what a
/// re-solve of a stored roster adds (<see cref="Replanning"/>). Knows nothing of review: a re-solve is started by
/// Review with the roster it re-plans.
/// </summary>
internal static class NamespaceDoc
{
}
