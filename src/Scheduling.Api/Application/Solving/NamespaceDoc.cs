namespace Scheduling.Api.Application.Solving;

/// <summary>
/// Solve jobs: admission within the cluster-wide limits, the run of a job the queue delivers (<see cref="ISolveQueue"/>;
/// Hangfire in Hosting), progress for any number of watchers on any node, cancellation from any node, owner and lease in
/// the store (<see cref="SolveJobs"/>, one <see cref="LiveJob"/> per job this node runs), and what a re-solve of a stored
/// roster adds (<see cref="Replanning"/>). Knows nothing of review: a re-solve is started by Review with the roster it re-plans.
/// </summary>
internal static class NamespaceDoc
{
}
