using NodaTime;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Storage;
using Scheduling.Domain;
using Scheduling.Domain.Review;

namespace Scheduling.Api.Application.Review;

/// <summary>
/// A roster's way out: approved (proposed → approved), then published with the notice the agreement asks for; a
/// publication supersedes the version before it and carries the time bank and fairness ledger into the unit's next
/// period (<see cref="CarryForwards"/>), in the same transaction.
/// </summary>
public sealed class RosterPublication(RosterVersions versions, RosterRepository rosters, RosterWrites writes, UnitRepository units, IClock clock)
{
    /// <summary>Days of notice a published roster gives before its period starts (ATL §12, AB).</summary>
    public const int NoticeDays = 14;

    /// <summary>Approves a proposed roster: the version as saved (its assignments and report stay as stored).</summary>
    public Task<RosterVersion> ApproveAsync(string name, CancellationToken cancellation) => writes.RunAsync(async () =>
    {
        var roster = await versions.GetVersionAsync(name, cancellation).ConfigureAwait(false);
        if (roster.State != ReviewState.Proposed)
            throw ApiErrors.FailedPrecondition($"{name} is {RosterStates.Text(roster.State)}; only a PROPOSED roster can be approved", [new ProblemError(name, $"state is {RosterStates.Text(roster.State)}")]);
        var now = clock.GetCurrentInstant();
        return (await rosters.SaveLifecycleAsync([roster with { State = ReviewState.Approved, Approved = now, Updated = now }], [], cancellation).ConfigureAwait(false))[0];
    }, cancellation);

    /// <summary>
    /// Publishes an approved roster. With less than <see cref="NoticeDays"/> days before the period starts
    /// (today in the period's zone, by the clock) a reason must be recorded. The version published supersedes the
    /// published one it was made from, and its carry-forwards are stored with it.
    /// </summary>
    public Task<RosterVersion> PublishAsync(string name, string? reason, CancellationToken cancellation) => writes.RunAsync(async () =>
    {
        var roster = await versions.GetVersionAsync(name, cancellation).ConfigureAwait(false);
        var now = clock.GetCurrentInstant();
        var published = Published(roster, reason?.Trim() ?? "", now);
        var saved = new List<RosterVersion> { published };
        if (await SupersededAsync(published, now, cancellation).ConfigureAwait(false) is { } parent) saved.Add(parent);
        var carried = await CarryForwards.OfPublicationAsync(published, now, units, rosters, versions, cancellation).ConfigureAwait(false);
        return (await rosters.SaveLifecycleAsync(saved, carried, cancellation).ConfigureAwait(false))[0];
    }, cancellation);

    /// <summary>An approved version as published now; FAILED_PRECONDITION when it is not approved, or is late without a reason.</summary>
    private RosterVersion Published(RosterVersion roster, string reason, Instant now)
    {
        if (roster.State != ReviewState.Approved)
            throw ApiErrors.FailedPrecondition($"{roster.Name} is {RosterStates.Text(roster.State)}; approve it before publishing", [new ProblemError(roster.Name, $"state is {RosterStates.Text(roster.State)}")]);
        var noticeDays = NoticeDaysLeft(roster);
        if (noticeDays < NoticeDays && reason.Length == 0)
            throw ApiErrors.FailedPrecondition(
                $"the period starts in {noticeDays} days, less than the {NoticeDays} days' notice (ATL §12, AB): record a reason to publish",
                [new ProblemError("reason", $"required: {noticeDays} days' notice is less than {NoticeDays}")], "NOTICE");
        return roster with { State = ReviewState.Published, Published = now, Updated = now, PublishReason = noticeDays < NoticeDays ? reason : "" };
    }

    /// <summary>The published version <paramref name="roster"/> was made from, superseded now; null when there is none.</summary>
    private async Task<RosterVersion?> SupersededAsync(RosterVersion roster, Instant now, CancellationToken cancellation) =>
        roster.Parent.Length > 0 && await rosters.GetAsync(roster.Parent, cancellation).ConfigureAwait(false) is { State: ReviewState.Published } parent
            ? parent with { State = ReviewState.Superseded, Updated = now }
            : null;

    /// <summary>Whole days from today (in the period's zone) to the period's first day.</summary>
    public int NoticeDaysLeft(RosterVersion roster)
    {
        var zone = roster.Zone ?? DateTimeZoneProviders.Tzdb["Europe/Stockholm"];
        var today = clock.GetCurrentInstant().InZone(zone).Date;
        var start = roster.PeriodStart ?? throw new InvalidOperationException($"{roster.Name} has no period start");
        return NodaTime.Period.DaysBetween(today, start);
    }
}
