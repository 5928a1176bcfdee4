using NodaTime;
using NodaTime.Text;
using Scheduling.Api.Storage;
using Scheduling.Api.Storage.Encoding;
using Scheduling.Api.V1;

namespace Scheduling.Api.Application;

/// <summary>
/// The store's jobs and rosters as the contract's messages, for the use cases not yet moved to the domain-typed
/// repositories (<see cref="RosterRepository"/>, <see cref="JobRepository"/>): the encoding itself lives in
/// <c>Storage/Encoding</c>; these only name its messages. Shrinks as the use cases move (issue 16).
/// </summary>
public static class StoredMessages
{
    /// <summary>A job as the store keeps it.</summary>
    public static StoredJob ToStored(SolveJob job) => JobEncoding.Encode(job);

    /// <summary>A stored job as the contract's message (its state from the store's column, the rest from its details).</summary>
    public static SolveJob ToMessage(StoredJob stored) => JobEncoding.Decode(stored);

    /// <summary>A roster as the store keeps it: its content without its etag (which is computed from that content).</summary>
    public static StoredRoster ToStored(V1.Roster roster) => RosterEncoding.Encode(roster);

    /// <summary>A stored roster as the contract's message, with its etag; with <paramref name="basic"/>, the BASIC view.</summary>
    public static V1.Roster ToMessage(StoredRoster stored, bool basic = false) => RosterEncoding.Decode(stored, basic);

    public static Task CreateJobAsync(this ISchedulingStore store, SolveJob job, Problem problem, CancellationToken cancellation) =>
        store.CreateJobAsync(ToStored(job), ProblemEncoding.Encode(problem), cancellation);

    public static Task UpdateJobAsync(this ISchedulingStore store, SolveJob job, CancellationToken cancellation) =>
        store.UpdateJobAsync(ToStored(job), cancellation);

    public static Task FinishJobAsync(this ISchedulingStore store, SolveJob job, V1.Roster? roster, CancellationToken cancellation) =>
        store.FinishJobAsync(ToStored(job), roster is null ? null : ToStored(roster), cancellation);

    public static async Task<SolveJob?> GetSolveJobAsync(this ISchedulingStore store, string name, CancellationToken cancellation) =>
        await store.GetJobAsync(name, cancellation).ConfigureAwait(false) is { } stored ? ToMessage(stored) : null;

    public static async Task<IReadOnlyList<SolveJob>> ListSolveJobsAsync(this ISchedulingStore store, string? unit, string? before, int limit, CancellationToken cancellation) =>
        [.. (await store.ListJobsAsync(unit, before, limit, cancellation).ConfigureAwait(false)).Select(ToMessage)];

    public static Task<JobAdmission> TryCreateQueuedJobAsync(this ISchedulingStore store, SolveJob job, Problem problem, string? submitter, JobLimits limits, CancellationToken cancellation) =>
        store.TryCreateQueuedJobAsync(ToStored(job), ProblemEncoding.Encode(problem), submitter, limits, cancellation);

    /// <summary>The job as it was before this process took it (see <see cref="ISchedulingStore.TryClaimJobAsync"/>); null when it could not be taken.</summary>
    public static async Task<SolveJob?> TryClaimSolveJobAsync(this ISchedulingStore store, string name, CancellationToken cancellation) =>
        await store.TryClaimJobAsync(name, cancellation).ConfigureAwait(false) is { } stored ? ToMessage(stored) : null;

    public static Task<bool> TryCancelQueuedJobAsync(this ISchedulingStore store, SolveJob cancelled, CancellationToken cancellation) =>
        store.TryCancelQueuedJobAsync(ToStored(cancelled), cancellation);

    public static Task ReleaseJobAsync(this ISchedulingStore store, SolveJob job, CancellationToken cancellation) =>
        store.ReleaseJobAsync(ToStored(job), cancellation);

    /// <summary>
    /// A job's problem: its problem file and the domain problem read from it (each wish once, <see cref="Mapping.ProblemFileMapping.CollapseWishes"/>); null when
    /// the job does not exist, <see cref="Domain.ProblemValidationException"/> when the stored file is not a valid problem.
    /// </summary>
    public static async Task<StoredProblem?> GetStoredProblemAsync(this ISchedulingStore store, string job, CancellationToken cancellation) =>
        await store.GetJobProblemAsync(job, cancellation).ConfigureAwait(false) is { } body ? ProblemEncoding.Decode(body) is var file ? new StoredProblem(file, ProblemEncoding.Read(file)) : null : null;

    public static async Task<V1.Roster?> GetRosterMessageAsync(this ISchedulingStore store, string name, CancellationToken cancellation) =>
        await store.GetRosterAsync(name, cancellation).ConfigureAwait(false) is { } stored ? ToMessage(stored) : null;

    /// <summary>A roster's assignments as the domain roster (a warm start, the roster a re-solve re-plans); null when it does not exist.</summary>
    public static Task<Domain.Roster?> GetRosterAssignmentsAsync(this ISchedulingStore store, string name, CancellationToken cancellation) =>
        new RosterRepository(store).GetAssignmentsAsync(name, cancellation);

    /// <summary>Rosters newest first, before <paramref name="before"/>, optionally of one unit; with <paramref name="basic"/>, the BASIC view.</summary>
    public static async Task<IReadOnlyList<V1.Roster>> ListRosterMessagesAsync(this ISchedulingStore store, string? unit, string? before, int limit, CancellationToken cancellation, bool basic = false) =>
        [.. (await store.ListRostersAsync(unit, before, limit, cancellation).ConfigureAwait(false)).Select(r => ToMessage(r, basic))];

    /// <summary>Stores rosters (see <see cref="ISchedulingStore.SaveRostersAsync"/>); each gets its new etag.</summary>
    public static Task SaveRostersAsync(this ISchedulingStore store, IReadOnlyList<V1.Roster> rosters, CancellationToken cancellation) =>
        store.SaveRostersAsync(rosters, [], cancellation);

    /// <summary>Stores rosters and creates or replaces resources in one transaction; each roster gets its new etag.</summary>
    public static async Task SaveRostersAsync(this ISchedulingStore store, IReadOnlyList<V1.Roster> rosters, IReadOnlyList<ResourceRow> resources, CancellationToken cancellation)
    {
        var etags = await store.SaveRostersAsync([.. rosters.Select(ToStored)], resources, cancellation).ConfigureAwait(false);
        for (var i = 0; i < rosters.Count; i++) rosters[i].Etag = etags[i];
    }

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
