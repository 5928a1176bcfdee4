using NodaTime;
using Scheduling.Domain;
using Scheduling.Domain.Reporting;
using Scheduling.Api.Storage.Encoding;
using Scheduling.Domain.Review;

namespace Scheduling.Api.Storage;

/// <summary>
/// The stored rosters in the domain's terms: a version of a roster (<see cref="RosterVersion"/>), summaries of a unit's versions, its assignments alone
/// (a warm start, the roster a re-solve re-plans), and a unit's published periods. The content is read through
/// <see cref="RosterEncoding"/>; nothing here names the contract.
/// </summary>
public sealed class RosterRepository(ISchedulingStore store)
{
    /// <summary>A roster as the domain's version of it; null when there is none.</summary>
    public async Task<RosterVersion?> GetAsync(string name, CancellationToken cancellation) =>
        await store.GetRosterAsync(name, cancellation).ConfigureAwait(false) is { } stored ? RosterEncoding.Version(stored) : null;

    /// <summary>A roster as the domain's version of it with the report it was stored with; null when there is none.</summary>
    public async Task<(RosterVersion Version, StoredReport Report)?> GetWithReportAsync(string name, CancellationToken cancellation) =>
        await store.GetRosterAsync(name, cancellation).ConfigureAwait(false) is { } stored ? RosterEncoding.Read(stored, summary: false) : null;

    /// <summary>
    /// Rosters with their reports, newest first, before <paramref name="before"/>, optionally of one unit; with
    /// <paramref name="summary"/>, read from the BASIC view (<see cref="RosterEncoding.Read"/>).
    /// </summary>
    public async Task<IReadOnlyList<(RosterVersion Version, StoredReport Report)>> ListWithReportsAsync(string? unit, string? before, int limit, bool summary, CancellationToken cancellation) =>
        [.. (await store.ListRostersAsync(unit, before, limit, cancellation).ConfigureAwait(false)).Select(r => RosterEncoding.Read(r, summary))];

    /// <summary>
    /// Summaries of rosters (<see cref="RosterEncoding.Summary"/>: no assignments, no coverage gaps), newest first,
    /// before <paramref name="before"/>, optionally of one unit.
    /// </summary>
    public async Task<IReadOnlyList<RosterVersion>> ListAsync(string? unit, string? before, int limit, CancellationToken cancellation) =>
        [.. (await store.ListRostersAsync(unit, before, limit, cancellation).ConfigureAwait(false)).Select(RosterEncoding.Summary)];

    /// <summary>A roster's assignments as the domain roster; null when it does not exist.</summary>
    public async Task<Domain.Roster?> GetAssignmentsAsync(string name, CancellationToken cancellation) =>
        (await GetAsync(name, cancellation).ConfigureAwait(false))?.Assignments;

    /// <summary>
    /// Stores versions whose assignments are as read, with resources created or replaced, in one transaction: each
    /// stored roster gets the version's place in review (<see cref="RosterEncoding.WithLifecycle"/>) and keeps its
    /// assignments and report as stored. Each is written only to the roster as it was read (its etag), else
    /// <see cref="StaleWriteException"/> and nothing is written. The versions as saved, with their new etags.
    /// </summary>
    public async Task<IReadOnlyList<RosterVersion>> SaveLifecycleAsync(IReadOnlyList<RosterVersion> versions, IReadOnlyList<ResourceRow> resources, CancellationToken cancellation)
    {
        var rows = new List<StoredRoster>(versions.Count);
        foreach (var version in versions) rows.Add(RosterEncoding.WithLifecycle(await ReadAsWasAsync(version.Name, version.Etag, cancellation).ConfigureAwait(false), version));
        return Stamped(versions, await store.SaveRostersAsync(rows, resources, cancellation).ConfigureAwait(false));
    }

    /// <summary>
    /// Stores a version with new assignments and its report made afresh from <paramref name="problem"/> and the checker's
    /// <paramref name="evaluation"/> (<see cref="RosterEncoding.WithReport"/>), with the change by hand that made it (null: the stored one is kept). A
    /// version without an etag is new, made from its parent (inserted); one with an etag is changed in place only while
    /// it is as read, else <see cref="StaleWriteException"/>. The version as saved, with its new etag.
    /// </summary>
    public async Task<RosterVersion> SaveReportedAsync(RosterVersion version, RosterProblem problem, Domain.Checking.Evaluation evaluation, DayEdit? change, CancellationToken cancellation)
    {
        var source = version.Etag.Length == 0
            ? await store.GetRosterAsync(version.Parent, cancellation).ConfigureAwait(false) ?? throw new StaleWriteException(version.Parent)
            : await ReadAsWasAsync(version.Name, version.Etag, cancellation).ConfigureAwait(false);
        var etags = await store.SaveRostersAsync([RosterEncoding.WithReport(source, version, problem, evaluation, change)], [], cancellation).ConfigureAwait(false);
        return Stamped([version], etags)[0];
    }

    /// <summary>The stored roster, while it is as read with <paramref name="etag"/>; else <see cref="StaleWriteException"/>.</summary>
    private async Task<StoredRoster> ReadAsWasAsync(string name, string etag, CancellationToken cancellation) =>
        await store.GetRosterAsync(name, cancellation).ConfigureAwait(false) is { } stored && stored.Etag == etag ? stored : throw new StaleWriteException(name);

    private static List<RosterVersion> Stamped(IReadOnlyList<RosterVersion> versions, IReadOnlyList<string> etags) =>
        [.. versions.Select((v, i) => v with { Etag = etags[i] })];

    /// <summary>
    /// A unit's PUBLISHED rosters (each as its period and publication time), optionally of the period starting on
    /// <paramref name="periodStart"/>; none of its rosters' assignments is read.
    /// </summary>
    public async Task<IReadOnlyList<PublishedRoster>> ListPublishedAsync(string unit, LocalDate? periodStart, CancellationToken cancellation) =>
        [.. (await store.ListRostersInStageAsync(unit, ReviewState.Published, periodStart, cancellation).ConfigureAwait(false))
            .Select(r => RosterEncoding.Published(r, periodStart))
            .OfType<PublishedRoster>()];
}
