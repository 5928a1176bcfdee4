namespace Scheduling.Api.Application.Solving;

/// <summary>
/// Solve jobs, one class a use case: <see cref="SolveAdmission"/> starts one (the options checked, the job stored within
/// the cluster-wide limits and queued on <see cref="ISolveQueue"/>, Hangfire in Hosting); <see cref="SolveJobs"/> reads,
/// lists, watches and cancels one from any node; <see cref="JobRunner"/> runs one the queue delivers (claim, plan, solve
/// while following the store, store its end through <see cref="JobWrites"/>, or let it go when the server stops);
/// <see cref="LeaseKeeper"/> renews this node's leases. <see cref="LiveJobs"/> holds the jobs this node runs (one
/// <see cref="LiveJob"/> each), and <see cref="Replanning"/> what a re-solve of a stored roster adds (in domain terms:
/// the roster it re-plans is a <see cref="Domain.Review.RosterVersion"/> read through <see cref="Storage.RosterRepository"/>). Knows nothing of
/// review: a re-solve is started by Review with the roster it re-plans. A job is a <see cref="Storage.SolveJobRecord"/> here
/// (options, state, progress, result, error), read and saved through <see cref="Storage.JobRepository"/>; a watch sees
/// <see cref="JobEvent"/>s; the service maps both to the contract; a finished job's roster is a <see cref="Storage.SolvedRoster"/>, stored
/// with its end. What still names proto: <see cref="SolveAdmission"/>, for a job's problem file (until it is the
/// domain's <c>ProblemFile</c>).
/// </summary>
internal static class NamespaceDoc
{
}
