using Google.Protobuf;
using NodaTime;
using NodaTime.Text;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;

namespace Scheduling.Api.Application;

/// <summary>
/// The one place the store's records (<see cref="StoredJob"/>, <see cref="StoredRoster"/>, a job's problem as bytes) and the
/// contract's messages meet: a job's details, a roster's content and a problem are kept as their protobuf encoding, which
/// the store never reads. The use cases call these in place of the store's job and roster methods.
/// </summary>
public static class StoredMessages
{
    /// <summary>A job as the store keeps it.</summary>
    public static StoredJob ToStored(SolveJob job) => new(job.Name, job.Unit, (JobState)(int)job.State, job.ToByteArray());

    /// <summary>A stored job as the contract's message (its state from the store's column, the rest from its details).</summary>
    public static SolveJob ToMessage(StoredJob stored)
    {
        var job = SolveJob.Parser.ParseFrom(stored.Details);
        job.State = (SolveJob.Types.State)(int)stored.State;
        return job;
    }

    /// <summary>A roster as the store keeps it: its content without its etag (which is computed from that content).</summary>
    public static StoredRoster ToStored(V1.Roster roster)
    {
        var body = roster.Etag.Length == 0 ? roster.ToByteArray() : Unstamped(roster);
        var start = roster.Period is { } period && LocalDatePattern.Iso.Parse(period.StartDate) is { Success: true } parsed ? parsed.Value : (LocalDate?)null;
        return new StoredRoster(roster.Name, roster.Unit, roster.SolveJob, (RosterStage)(int)roster.State, start, body, roster.Etag);
    }

    private static byte[] Unstamped(V1.Roster roster)
    {
        var copy = roster.Clone();
        copy.Etag = "";
        return copy.ToByteArray();
    }

    /// <summary>A stored roster as the contract's message, with its etag; with <paramref name="basic"/>, the BASIC view.</summary>
    public static V1.Roster ToMessage(StoredRoster stored, bool basic = false)
    {
        var roster = basic ? BasicRoster(stored.Body) : V1.Roster.Parser.ParseFrom(stored.Body);
        roster.Etag = stored.Etag;
        return roster;
    }

    /// <summary>The fields of a roster's BASIC view: the heavy repeated fields are skipped on the wire, not parsed and dropped.</summary>
    internal static V1.Roster BasicRoster(byte[] body)
    {
        var input = new CodedInputStream(body);
        using var kept = new MemoryStream(capacity: 512);
        while (true)
        {
            var start = input.Position;
            var tag = input.ReadTag();
            if (tag == 0) break;
            input.SkipLastField();
            if (WireFormat.GetTagFieldNumber(tag) is V1.Roster.AssignmentsFieldNumber or V1.Roster.ViolationsFieldNumber or V1.Roster.HoursFieldNumber
                or V1.Roster.CoverageGapsFieldNumber or V1.Roster.ShiftCoverFieldNumber or V1.Roster.WishesFieldNumber or V1.Roster.LastChangeFieldNumber
                or V1.Roster.PreferencesFieldNumber) continue;
            kept.Write(body, (int)start, (int)(input.Position - start));
        }

        return V1.Roster.Parser.ParseFrom(kept.ToArray());
    }

    public static Task CreateJobAsync(this ISchedulingStore store, SolveJob job, Problem problem, CancellationToken cancellation) =>
        store.CreateJobAsync(ToStored(job), problem.ToByteArray(), cancellation);

    public static Task UpdateJobAsync(this ISchedulingStore store, SolveJob job, CancellationToken cancellation) =>
        store.UpdateJobAsync(ToStored(job), cancellation);

    public static Task FinishJobAsync(this ISchedulingStore store, SolveJob job, V1.Roster? roster, CancellationToken cancellation) =>
        store.FinishJobAsync(ToStored(job), roster is null ? null : ToStored(roster), cancellation);

    public static async Task<SolveJob?> GetSolveJobAsync(this ISchedulingStore store, string name, CancellationToken cancellation) =>
        await store.GetJobAsync(name, cancellation).ConfigureAwait(false) is { } stored ? ToMessage(stored) : null;

    public static async Task<IReadOnlyList<SolveJob>> ListSolveJobsAsync(this ISchedulingStore store, string? unit, string? before, int limit, CancellationToken cancellation) =>
        [.. (await store.ListJobsAsync(unit, before, limit, cancellation).ConfigureAwait(false)).Select(ToMessage)];

    public static Task<JobAdmission> TryCreateQueuedJobAsync(this ISchedulingStore store, SolveJob job, Problem problem, string? submitter, JobLimits limits, CancellationToken cancellation) =>
        store.TryCreateQueuedJobAsync(ToStored(job), problem.ToByteArray(), submitter, limits, cancellation);

    /// <summary>The job as it was before this process took it (see <see cref="ISchedulingStore.TryClaimJobAsync"/>); null when it could not be taken.</summary>
    public static async Task<SolveJob?> TryClaimSolveJobAsync(this ISchedulingStore store, string name, CancellationToken cancellation) =>
        await store.TryClaimJobAsync(name, cancellation).ConfigureAwait(false) is { } stored ? ToMessage(stored) : null;

    public static Task<bool> TryCancelQueuedJobAsync(this ISchedulingStore store, SolveJob cancelled, CancellationToken cancellation) =>
        store.TryCancelQueuedJobAsync(ToStored(cancelled), cancellation);

    public static Task ReleaseJobAsync(this ISchedulingStore store, SolveJob job, CancellationToken cancellation) =>
        store.ReleaseJobAsync(ToStored(job), cancellation);

    /// <summary>
    /// A job's problem: its problem file and the domain problem read from it (<see cref="DomainReader.Stored"/>); null when
    /// the job does not exist, <see cref="Domain.ProblemValidationException"/> when the stored file is not a valid problem.
    /// </summary>
    public static async Task<StoredProblem?> GetStoredProblemAsync(this ISchedulingStore store, string job, CancellationToken cancellation) =>
        await store.GetJobProblemAsync(job, cancellation).ConfigureAwait(false) is { } body ? DomainReader.Stored(Problem.Parser.ParseFrom(body)) : null;

    public static async Task<V1.Roster?> GetRosterMessageAsync(this ISchedulingStore store, string name, CancellationToken cancellation) =>
        await store.GetRosterAsync(name, cancellation).ConfigureAwait(false) is { } stored ? ToMessage(stored) : null;

    /// <summary>A roster's assignments as the domain roster (a warm start, the roster a re-solve re-plans); null when it does not exist.</summary>
    public static async Task<Domain.Roster?> GetRosterAssignmentsAsync(this ISchedulingStore store, string name, CancellationToken cancellation) =>
        await store.GetRosterMessageAsync(name, cancellation).ConfigureAwait(false) is { } roster ? DomainReader.Roster(roster) : null;

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
    /// <paramref name="periodStart"/>; none of its other rosters is read into a message, nor a roster's assignments.
    /// </summary>
    public static async Task<IReadOnlyList<PublishedRoster>> ListPublishedRostersAsync(this ISchedulingStore store, string unit, string? periodStart, CancellationToken cancellation)
    {
        LocalDate? start = periodStart is null ? null : LocalDatePattern.Iso.Parse(periodStart) is { Success: true } parsed ? parsed.Value : null;
        if (periodStart is not null && start is null) return [];
        return [.. (await store.ListRostersInStageAsync(unit, RosterStage.Published, start, cancellation).ConfigureAwait(false))
            // Rows stored before the stage and period were kept are told apart by their body.
            .Select(r => BasicRoster(r.Body))
            .Where(r => r.State == RosterState.Published && (periodStart is null || r.Period?.StartDate == periodStart))
            .Select(Published)
            .OfType<PublishedRoster>()];
    }

    /// <summary>A published roster's period and publication time; null when its period's first day is not a date.</summary>
    private static PublishedRoster? Published(V1.Roster roster) =>
        roster.Period is { } period && LocalDatePattern.Iso.Parse(period.StartDate) is { Success: true } start
            ? new PublishedRoster(roster.Name, start.Value, period.Days, roster.PublishTime is { } at ? Instant.FromDateTimeOffset(at.ToDateTimeOffset()) : null)
            : null;
}
