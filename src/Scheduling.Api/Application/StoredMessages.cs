using NodaTime;
using NodaTime.Text;
using Scheduling.Api.Storage;
using Scheduling.Api.Storage.Encoding;
using Scheduling.Api.V1;
using Scheduling.Domain.Files;

namespace Scheduling.Api.Application;

/// <summary>
/// The store's rosters as the contract's messages, for the use cases not yet moved to the domain-typed repositories
/// (<see cref="RosterRepository"/>), and the writes of a job that carry a problem file or a roster message (a job itself
/// is a <see cref="SolveJobRecord"/>, read and written through <see cref="JobRepository"/>): the encoding lives in
/// <c>Storage/Encoding</c>; these only name its messages. Shrinks as the use cases move (issue 16).
/// </summary>
public static class StoredMessages
{
    /// <summary>Stores a job message with its problem file (see <see cref="ISchedulingStore.CreateJobAsync"/>; tests write stored data this way).</summary>
    public static Task CreateJobAsync(this ISchedulingStore store, SolveJob job, Problem problem, CancellationToken cancellation) =>
        store.CreateJobAsync(JobEncoding.Encode(Mapping.JobMapping.ToDomain(job)), ProblemEncoding.Encode(problem), cancellation);

    /// <summary>Stores a job message's end and a roster message in one transaction (see <see cref="ISchedulingStore.FinishJobAsync"/>).</summary>
    public static Task FinishJobAsync(this ISchedulingStore store, SolveJob job, V1.Roster? roster, CancellationToken cancellation) =>
        store.FinishJobAsync(JobEncoding.Encode(Mapping.JobMapping.ToDomain(job)), roster is null ? null : RosterEncoding.Encode(roster), cancellation);

    /// <summary>A stored job as the contract's message (for tests and the pages that show it whole).</summary>
    public static async Task<SolveJob?> GetSolveJobAsync(this ISchedulingStore store, string name, CancellationToken cancellation) =>
        await new JobRepository(store).GetAsync(name, cancellation).ConfigureAwait(false) is { } job ? Mapping.JobMapping.ToProto(job) : null;

    /// <summary>Stored jobs as the contract's messages, newest first (see <see cref="JobRepository.ListAsync"/>).</summary>
    public static async Task<IReadOnlyList<SolveJob>> ListSolveJobsAsync(this ISchedulingStore store, string? unit, string? before, int limit, CancellationToken cancellation) =>
        [.. (await new JobRepository(store).ListAsync(unit, before, limit, cancellation).ConfigureAwait(false)).Select(Mapping.JobMapping.ToProto)];

    /// <summary>Stores a new QUEUED job with its problem file within the limits (see <see cref="ISchedulingStore.TryCreateQueuedJobAsync"/>).</summary>
    public static Task<JobAdmission> TryCreateQueuedJobAsync(this ISchedulingStore store, SolveJobRecord job, ProblemFile problem, string? submitter, JobLimits limits, CancellationToken cancellation) =>
        store.TryCreateQueuedJobAsync(JobEncoding.Encode(job), ProblemEncoding.Encode(problem), submitter, limits, cancellation);

    /// <summary>
    /// A job's problem: its problem file and the domain problem read from it (each wish once, <see cref="ProblemFiles.CollapseWishes"/>); null when
    /// the job does not exist, <see cref="Domain.ProblemValidationException"/> when the stored file is not a valid problem.
    /// </summary>
    public static async Task<StoredProblem?> GetStoredProblemAsync(this ISchedulingStore store, string job, CancellationToken cancellation) =>
        await store.GetJobProblemAsync(job, cancellation).ConfigureAwait(false) is { } body ? ProblemEncoding.Decode(body) is var file ? new StoredProblem(file, ProblemFileReader.Map(file)) : null : null;

    /// <summary>A stored roster as the contract's message, with its etag (for self-service, until it reads the domain's version).</summary>
    public static async Task<V1.Roster?> GetRosterMessageAsync(this ISchedulingStore store, string name, CancellationToken cancellation) =>
        await store.GetRosterAsync(name, cancellation).ConfigureAwait(false) is { } stored ? RosterEncoding.Decode(stored) : null;

    /// <summary>A roster's assignments as the domain roster (a warm start, the roster a re-solve re-plans); null when it does not exist.</summary>
    public static Task<Domain.Roster?> GetRosterAssignmentsAsync(this ISchedulingStore store, string name, CancellationToken cancellation) =>
        new RosterRepository(store).GetAssignmentsAsync(name, cancellation);

    /// <summary>
    /// A unit's PUBLISHED rosters (each as its period and publication time), optionally of the period starting on
    /// <paramref name="periodStart"/> (none when it is not a date); see <see cref="RosterRepository.ListPublishedAsync"/>.
    /// </summary>
    public static async Task<IReadOnlyList<PublishedRoster>> ListPublishedRostersAsync(this ISchedulingStore store, string unit, string? periodStart, CancellationToken cancellation)
    {
        LocalDate? start = periodStart is null ? null : LocalDatePattern.Iso.Parse(periodStart) is { Success: true } parsed ? parsed.Value : null;
        if (periodStart is not null && start is null) return [];
        return await new RosterRepository(store).ListPublishedAsync(unit, start, cancellation).ConfigureAwait(false);
    }
}
