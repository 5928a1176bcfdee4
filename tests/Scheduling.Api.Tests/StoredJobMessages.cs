using Scheduling.Api.Storage;
using Scheduling.Api.Storage.Encoding;

namespace Scheduling.Api.Tests;

/// <summary>
/// Jobs and rosters written to and read from the store as the contract's messages: the tests set up and look at stored
/// data this way, in the terms a client sees, while the application reads and writes records (<see cref="JobRepository"/>,
/// <see cref="RosterRepository"/>).
/// </summary>
internal static class StoredJobMessages
{
    /// <summary>Stores a job message with its problem (see <see cref="ISchedulingStore.CreateJobAsync"/>).</summary>
    public static Task CreateJobAsync(this ISchedulingStore store, V1.SolveJob job, V1.Problem problem, CancellationToken cancellation) =>
        store.CreateJobAsync(JobEncoding.Encode(Mapping.JobMapping.ToDomain(job)), ProblemEncoding.Encode(problem), cancellation);

    /// <summary>Stores a job message's end and a roster message in one transaction (see <see cref="ISchedulingStore.FinishJobAsync"/>).</summary>
    public static Task FinishJobAsync(this ISchedulingStore store, V1.SolveJob job, V1.Roster? roster, CancellationToken cancellation) =>
        store.FinishJobAsync(JobEncoding.Encode(Mapping.JobMapping.ToDomain(job)), roster is null ? null : RosterEncoding.Encode(roster), cancellation);

    /// <summary>A stored job as the contract's message; null when there is none.</summary>
    public static async Task<V1.SolveJob?> GetSolveJobAsync(this ISchedulingStore store, string name, CancellationToken cancellation) =>
        await new JobRepository(store).GetAsync(name, cancellation).ConfigureAwait(false) is { } job ? Mapping.JobMapping.ToProto(job) : null;

    /// <summary>Stored jobs as the contract's messages, newest first (see <see cref="JobRepository.ListAsync"/>).</summary>
    public static async Task<IReadOnlyList<V1.SolveJob>> ListSolveJobsAsync(this ISchedulingStore store, string? unit, string? before, int limit, CancellationToken cancellation) =>
        [.. (await new JobRepository(store).ListAsync(unit, before, limit, cancellation).ConfigureAwait(false)).Select(Mapping.JobMapping.ToProto)];

    /// <summary>A stored roster as the contract's message, with its etag; null when there is none.</summary>
    public static async Task<V1.Roster?> GetRosterMessageAsync(this ISchedulingStore store, string name, CancellationToken cancellation) =>
        await store.GetRosterAsync(name, cancellation).ConfigureAwait(false) is { } stored ? RosterEncoding.Decode(stored, basic: false) : null;
}
