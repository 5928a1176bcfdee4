using Scheduling.Api.Storage.Encoding;
using Scheduling.Domain;
using Scheduling.Domain.Files;

namespace Scheduling.Api.Storage;

/// <summary>
/// The stored solve jobs in the application's terms: a job as a <see cref="SolveJobRecord"/> and the domain problem it
/// was started with. The details and the problem are read through <see cref="JobEncoding"/> and
/// <see cref="ProblemEncoding"/>; nothing here names the contract. Each write is the store's
/// (<see cref="ISchedulingStore"/>), with the same ownership rules.
/// </summary>
public sealed class JobRepository(ISchedulingStore store)
{
    /// <summary>A job; null when there is none.</summary>
    public async Task<SolveJobRecord?> GetAsync(string name, CancellationToken cancellation) =>
        await store.GetJobAsync(name, cancellation).ConfigureAwait(false) is { } stored ? JobEncoding.Decode(stored) : null;

    /// <summary>Jobs newest first, before <paramref name="before"/>, optionally of one unit.</summary>
    public async Task<IReadOnlyList<SolveJobRecord>> ListAsync(string? unit, string? before, int limit, CancellationToken cancellation) =>
        [.. (await store.ListJobsAsync(unit, before, limit, cancellation).ConfigureAwait(false)).Select(JobEncoding.Decode)];

    /// <summary>Up to <paramref name="limit"/> jobs in <paramref name="state"/>, oldest first.</summary>
    public async Task<IReadOnlyList<SolveJobRecord>> ListInStateAsync(JobState state, int limit, CancellationToken cancellation) =>
        [.. (await store.ListJobsInStateAsync(state, limit, cancellation).ConfigureAwait(false)).Select(JobEncoding.Decode)];

    /// <summary>Stores a job's new state (see <see cref="ISchedulingStore.UpdateJobAsync"/>).</summary>
    public Task UpdateAsync(SolveJobRecord job, CancellationToken cancellation) => store.UpdateJobAsync(JobEncoding.Encode(job), cancellation);

    /// <summary>Stores a job's end and the roster it made, if any, in one transaction (see <see cref="ISchedulingStore.FinishJobAsync"/>).</summary>
    public Task FinishAsync(SolveJobRecord job, SolvedRoster? roster, CancellationToken cancellation) =>
        store.FinishJobAsync(JobEncoding.Encode(job), roster is null ? null : RosterEncoding.Encode(roster), cancellation);

    /// <summary>Stores a job's end without a roster (see <see cref="ISchedulingStore.FinishJobAsync"/>).</summary>
    public Task FinishAsync(SolveJobRecord job, CancellationToken cancellation) => FinishAsync(job, null, cancellation);

    /// <summary>The job as it was before this process took it (see <see cref="ISchedulingStore.TryClaimJobAsync"/>); null when it could not be taken.</summary>
    public async Task<SolveJobRecord?> TryClaimAsync(string name, CancellationToken cancellation) =>
        await store.TryClaimJobAsync(name, cancellation).ConfigureAwait(false) is { } stored ? JobEncoding.Decode(stored) : null;

    /// <summary>Stores <paramref name="cancelled"/> only while the job is still QUEUED (see <see cref="ISchedulingStore.TryCancelQueuedJobAsync"/>).</summary>
    public Task<bool> TryCancelQueuedAsync(SolveJobRecord cancelled, CancellationToken cancellation) => store.TryCancelQueuedJobAsync(JobEncoding.Encode(cancelled), cancellation);

    /// <summary>Stores a job's new state and lets go of it (see <see cref="ISchedulingStore.ReleaseJobAsync"/>).</summary>
    public Task ReleaseAsync(SolveJobRecord job, CancellationToken cancellation) => store.ReleaseJobAsync(JobEncoding.Encode(job), cancellation);

    /// <summary>Stores a new QUEUED job with its problem file within the limits (see <see cref="ISchedulingStore.TryCreateQueuedJobAsync"/>).</summary>
    public Task<JobAdmission> TryCreateQueuedAsync(SolveJobRecord job, ProblemFile problem, string? submitter, JobLimits limits, CancellationToken cancellation) =>
        store.TryCreateQueuedJobAsync(JobEncoding.Encode(job), ProblemEncoding.Encode(problem), submitter, limits, cancellation);

    /// <summary>The problem file a job was started with, as stored; null when the job does not exist.</summary>
    public async Task<ProblemFile?> GetProblemFileAsync(string job, CancellationToken cancellation) =>
        await store.GetJobProblemAsync(job, cancellation).ConfigureAwait(false) is { } body ? ProblemEncoding.Decode(body) : null;

    /// <summary>
    /// The domain problem a job was started with (each wish once); null when the job does not exist,
    /// <see cref="ProblemValidationException"/> when the stored problem is not a valid one.
    /// </summary>
    public async Task<RosterProblem?> GetProblemAsync(string job, CancellationToken cancellation) =>
        await store.GetJobProblemAsync(job, cancellation).ConfigureAwait(false) is { } body ? ProblemFileReader.Map(ProblemEncoding.Decode(body)) : null;
}
