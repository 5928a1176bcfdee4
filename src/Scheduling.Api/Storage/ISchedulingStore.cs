using Scheduling.Domain.Review;

namespace Scheduling.Api.Storage;

/// <summary>
/// Where the service keeps units and their data, solve jobs and rosters. Every method that writes has
/// committed durably when its task completes, so a reply after it never promises something a crash
/// could lose. SQLite by default (<see cref="SqliteSchedulingStore"/>), PostgreSQL for several nodes (<see cref="PostgresSchedulingStore"/>).
/// Jobs and rosters are records of what the store selects by, with their content as bytes it never reads; the application maps them to
/// the contract's messages.
/// </summary>
public interface ISchedulingStore
{
    Task<byte[]?> GetResourceAsync(string name, CancellationToken cancellation);

    /// <summary>Resources of one collection under a parent, in name order, after <paramref name="after"/>.</summary>
    Task<IReadOnlyList<byte[]>> ListResourcesAsync(string parent, string collection, string? after, int limit, CancellationToken cancellation);

    /// <summary>Creates all rows in one transaction; false (and nothing written) when one of the names exists.</summary>
    Task<bool> TryCreateResourcesAsync(IReadOnlyList<ResourceRow> rows, CancellationToken cancellation);

    /// <summary>
    /// Reads the resources of <paramref name="collections"/> under <paramref name="parent"/> (by collection), lets
    /// <paramref name="decide"/> choose what to create and delete, and writes that, all in one transaction: a limit
    /// <paramref name="decide"/> checks against the stored rows still holds when the write commits. An exception from
    /// <paramref name="decide"/> writes nothing.
    /// </summary>
    Task<T> ChangeResourcesAsync<T>(string parent, IReadOnlyList<string> collections, Func<IReadOnlyDictionary<string, IReadOnlyList<byte[]>>, ResourceChanges<T>> decide, CancellationToken cancellation);

    /// <summary>Replaces a row; false when it does not exist.</summary>
    Task<bool> UpdateResourceAsync(ResourceRow row, CancellationToken cancellation);

    /// <summary>
    /// Reads a row and writes what <paramref name="change"/> makes of it (null: nothing), in one transaction, so no
    /// other write comes between the read and the write. An exception from <paramref name="change"/> writes nothing.
    /// </summary>
    Task<T> ChangeResourceAsync<T>(string name, Func<byte[]?, (ResourceRow? Row, T Result)> change, CancellationToken cancellation);

    /// <summary>Deletes a row, and with <paramref name="withDescendants"/> everything named under it; the number deleted.</summary>
    Task<int> DeleteResourceAsync(string name, bool withDescendants, CancellationToken cancellation);

    /// <summary>
    /// As <see cref="DeleteResourceAsync(string, bool, CancellationToken)"/>, only while the row's etag is
    /// <paramref name="etag"/> (when given; else <see cref="StaleWriteException"/>). A unit's jobs and rosters are deleted with it.
    /// </summary>
    Task<int> DeleteResourceAsync(string name, bool withDescendants, string? etag, CancellationToken cancellation);

    Task<bool> HasDescendantsAsync(string name, CancellationToken cancellation);

    Task<string?> GetSettingAsync(string key, CancellationToken cancellation);

    Task SetSettingAsync(string key, string value, CancellationToken cancellation);

    /// <summary>
    /// Reads a setting (null when unset) and stores what <paramref name="change"/> makes of it, in one transaction, so
    /// two nodes starting at once agree (the signing key, the data-protection key ring); the value stored.
    /// </summary>
    /// <remarks>The default reads and then writes, not atomically: a store shared by several processes overrides it.</remarks>
    async Task<string> ChangeSettingAsync(string key, Func<string?, string> change, CancellationToken cancellation)
    {
        var value = change(await GetSettingAsync(key, cancellation).ConfigureAwait(false));
        await SetSettingAsync(key, value, cancellation).ConfigureAwait(false);
        return value;
    }

    /// <summary>Stores a new job, owned by this process, with the problem it solves (its bytes, as the application encodes them).</summary>
    Task CreateJobAsync(StoredJob job, byte[] problem, CancellationToken cancellation);

    /// <summary>Stores a job's new state; <see cref="JobNotOwnedException"/> when this process no longer owns it.</summary>
    Task UpdateJobAsync(StoredJob job, CancellationToken cancellation);

    /// <summary>
    /// Stores a job's final state and its new roster (if any) in one transaction; <see cref="JobNotOwnedException"/>
    /// (nothing written) when this process no longer owns the job.
    /// </summary>
    Task FinishJobAsync(StoredJob job, StoredRoster? roster, CancellationToken cancellation);

    Task<StoredJob?> GetJobAsync(string name, CancellationToken cancellation);

    /// <summary>A job's problem as it was stored with <see cref="CreateJobAsync"/>; null when the job does not exist.</summary>
    Task<byte[]?> GetJobProblemAsync(string name, CancellationToken cancellation);

    /// <summary>Jobs newest first, before <paramref name="before"/>, optionally of one unit.</summary>
    Task<IReadOnlyList<StoredJob>> ListJobsAsync(string? unit, string? before, int limit, CancellationToken cancellation);

    /// <summary>
    /// Stores a new QUEUED job, owned by this process, with the problem it solves and who submitted it — only while the
    /// limits hold across every process on the store: fewer than <see cref="JobLimits.Queued"/> jobs QUEUED, and (with a
    /// <paramref name="submitter"/>) fewer than <see cref="JobLimits.PerSubmitter"/> of theirs QUEUED or RUNNING. The
    /// count and the write are one transaction that no other admission comes between.
    /// </summary>
    Task<JobAdmission> TryCreateQueuedJobAsync(StoredJob job, byte[] problem, string? submitter, JobLimits limits, CancellationToken cancellation);

    /// <summary>
    /// Takes a job to run, when the queue delivers it: in one transaction, a QUEUED job, or a RUNNING one whose owner's
    /// lease has run out (its owner stopped renewing: it died, or hangs) or whose owner was a process of this host that
    /// has ended, becomes RUNNING and this process's, with a fresh lease. The job as it was before (QUEUED: a first start; RUNNING: a restart); null
    /// when it cannot be taken (another process holds it, it has ended, or it does not exist).
    /// </summary>
    Task<StoredJob?> TryClaimJobAsync(string name, CancellationToken cancellation);

    /// <summary>Stores <paramref name="cancelled"/> (its end) only while the job is still QUEUED, whoever owns it; false when it is not.</summary>
    Task<bool> TryCancelQueuedJobAsync(StoredJob cancelled, CancellationToken cancellation);

    /// <summary>
    /// Stores a job's new state and lets go of it (no owner, no lease), so any process may take it at once;
    /// <see cref="JobNotOwnedException"/> when this process no longer owns it.
    /// </summary>
    Task ReleaseJobAsync(StoredJob job, CancellationToken cancellation);

    /// <summary>Up to <paramref name="limit"/> jobs in <paramref name="state"/>, oldest first, over every process on the store.</summary>
    Task<IReadOnlyList<StoredJob>> ListJobsInStateAsync(JobState state, int limit, CancellationToken cancellation);

    /// <summary>How many jobs are in <paramref name="state"/>, over every process on the store.</summary>
    Task<int> CountJobsAsync(JobState state, CancellationToken cancellation);

    /// <summary>Extends this process's lease on the jobs it holds.</summary>
    Task RenewLeasesAsync(IReadOnlyCollection<string> jobs, CancellationToken cancellation);

    /// <summary>A roster with its etag; null when it does not exist.</summary>
    Task<StoredRoster?> GetRosterAsync(string name, CancellationToken cancellation);

    /// <summary>
    /// Stores rosters and creates or replaces resources, all in one transaction (a publication and what it carries
    /// forward). A roster without an etag is new (INSERT; a taken name fails), one with the etag it was read with is
    /// changed in place only if it is still as read (else <see cref="StaleWriteException"/>, nothing written). The
    /// rosters' new etags, in order.
    /// </summary>
    Task<IReadOnlyList<string>> SaveRostersAsync(IReadOnlyList<StoredRoster> rosters, IReadOnlyList<ResourceRow> resources, CancellationToken cancellation);

    /// <summary>
    /// A unit's rosters in <paramref name="stage"/>, optionally of the period starting on <paramref name="periodStart"/>,
    /// newest first; rows stored before stages and periods were kept (null) come too, for the caller to tell apart.
    /// </summary>
    Task<IReadOnlyList<StoredRoster>> ListRostersInStageAsync(string unit, ReviewState stage, NodaTime.LocalDate? periodStart, CancellationToken cancellation);

    /// <summary>Rosters newest first, before <paramref name="before"/>, optionally of one unit.</summary>
    Task<IReadOnlyList<StoredRoster>> ListRostersAsync(string? unit, string? before, int limit, CancellationToken cancellation);

    /// <summary>Whether the database answers now (the readiness check).</summary>
    Task<bool> IsReachableAsync(CancellationToken cancellation);
}
