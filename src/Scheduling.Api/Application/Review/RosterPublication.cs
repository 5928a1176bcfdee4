using Google.Protobuf.WellKnownTypes;
using NodaTime;
using NodaTime.Text;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Roster = Scheduling.Api.V1.Roster;

namespace Scheduling.Api.Application.Review;

/// <summary>
/// A roster's way out: approved (proposed → approved), then published with the notice the agreement asks for; a
/// publication supersedes the version before it and carries the time bank and fairness ledger into the unit's next
/// period (<see cref="CarryForwards"/>), in the same transaction.
/// </summary>
public sealed class RosterPublication(ISchedulingStore store, RosterVersions versions, RosterWrites writes, Resources resources, IClock clock)
{
    /// <summary>Days of notice a published roster gives before its period starts (ATL §12, AB).</summary>
    public const int NoticeDays = 14;

    private Timestamp Now() => Timestamp.FromDateTimeOffset(clock.GetCurrentInstant().ToDateTimeOffset());

    /// <summary>Approves a proposed roster.</summary>
    public Task<Roster> ApproveAsync(string name, CancellationToken cancellation) => writes.RunAsync(async () =>
    {
        var roster = await versions.GetAsync(name, cancellation).ConfigureAwait(false);
        if (roster.State != RosterState.Proposed)
            throw ApiErrors.FailedPrecondition($"{name} is {RosterStates.Text((Domain.Review.ReviewState)roster.State)}; only a PROPOSED roster can be approved", [new ProblemError(name, $"state is {RosterStates.Text((Domain.Review.ReviewState)roster.State)}")]);
        roster.State = RosterState.Approved;
        roster.ApproveTime = Now();
        roster.UpdateTime = roster.ApproveTime;
        await store.SaveRostersAsync([roster], cancellation).ConfigureAwait(false);
        return roster;
    }, cancellation);

    /// <summary>
    /// Publishes an approved roster. With less than <see cref="NoticeDays"/> days before the period starts
    /// (today in the period's zone, by the clock) a reason must be recorded.
    /// </summary>
    public Task<Roster> PublishAsync(string name, string? reason, CancellationToken cancellation) => writes.RunAsync(async () =>
    {
        var roster = await versions.GetAsync(name, cancellation).ConfigureAwait(false);
        if (roster.State != RosterState.Approved)
            throw ApiErrors.FailedPrecondition($"{name} is {RosterStates.Text((Domain.Review.ReviewState)roster.State)}; approve it before publishing", [new ProblemError(name, $"state is {RosterStates.Text((Domain.Review.ReviewState)roster.State)}")]);
        var noticeDays = NoticeDaysLeft(roster);
        reason = reason?.Trim() ?? "";
        if (noticeDays < NoticeDays && reason.Length == 0)
            throw ApiErrors.FailedPrecondition(
                $"the period starts in {noticeDays} days, less than the {NoticeDays} days' notice (ATL §12, AB): record a reason to publish",
                [new ProblemError("reason", $"required: {noticeDays} days' notice is less than {NoticeDays}")], "NOTICE");
        var now = Now();
        roster.State = RosterState.Published;
        roster.PublishTime = now;
        roster.UpdateTime = now;
        roster.PublishReason = noticeDays < NoticeDays ? reason : "";
        var saved = new List<Roster> { roster };
        if (roster.Parent.Length > 0 && await store.GetRosterMessageAsync(roster.Parent, cancellation).ConfigureAwait(false) is { State: RosterState.Published } parent)
        {
            parent.State = RosterState.Superseded;
            parent.UpdateTime = now;
            saved.Add(parent);
        }

        var carried = await CarryForwardAsync(roster, now, cancellation).ConfigureAwait(false);
        await store.SaveRostersAsync(saved, [.. carried.Select(c => Resources.Row(c, CarryForwards.Kind))], cancellation).ConfigureAwait(false);
        return roster;
    }, cancellation);

    /// <summary>Whole days from today (in the period's zone) to the period's first day.</summary>
    public int NoticeDaysLeft(Roster roster)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(roster.Period?.TimeZone ?? "") ?? DateTimeZoneProviders.Tzdb["Europe/Stockholm"];
        var today = clock.GetCurrentInstant().InZone(zone).Date;
        var start = LocalDatePattern.Iso.Parse(roster.Period?.StartDate ?? "").GetValueOrThrow();
        return NodaTime.Period.DaysBetween(today, start);
    }

    /// <summary>
    /// What a roster being published carries into its unit's next period: the time bank and fairness ledger
    /// after it, from the balances carried out of the latest earlier period (else its problem's own); then the
    /// carries of the later periods already published, recomputed in order from the new one (their stored
    /// reports keep the balances they were solved with). None for a roster of an inline problem or without a
    /// stored problem.
    /// </summary>
    private async Task<List<CarryForward>> CarryForwardAsync(Roster roster, Timestamp now, CancellationToken cancellation)
    {
        var carried = new List<CarryForward>();
        if (roster.Unit.Length == 0 || roster.Period is null || SelfServiceKinds.ParseDate(roster.Period.StartDate) is not { } start) return carried;
        var all = await resources.AllAsync<CarryForward>(roster.Unit, CarryForwards.Kind, cancellation).ConfigureAwait(false);
        if (await CarryAsync(roster, all, start, now, cancellation).ConfigureAwait(false) is not { } first) return carried;
        carried.Add(first);
        var current = all.Where(c => c.Name != first.Name).Append(first).ToList();
        var later = all
            .Select(c => (Carry: c, First: SelfServiceKinds.ParseDate(c.Period?.StartDate ?? "")))
            .Where(x => x.First is { } f && f > start)
            .OrderBy(x => x.First)
            .ToList();
        foreach (var (carry, laterStart) in later)
        {
            if (await store.GetRosterMessageAsync(carry.Roster, cancellation).ConfigureAwait(false) is not { } published) continue;
            if (await CarryAsync(published, current, laterStart!.Value, now, cancellation).ConfigureAwait(false) is not { } again) continue;
            again.CreateTime = carry.CreateTime;
            carried.Add(again);
            current = [.. current.Where(c => c.Name != again.Name), again];
        }

        return carried;
    }

    private async Task<CarryForward?> CarryAsync(Roster roster, IEnumerable<CarryForward> carries, LocalDate start, Timestamp now, CancellationToken cancellation)
    {
        if (await versions.JobProblemAsync(roster, cancellation).ConfigureAwait(false) is not { } job) return null;
        var problem = Domain.Files.ProblemFiles.Copy(job.File);
        problem.Pins = [.. roster.Pins.Select(Mapping.ResourceMapping.ToDto<Domain.Files.PinDto>)];
        CarryForwards.ApplyIn(problem, CarryForwards.Before(carries, start));
        return CarryForwards.Compute(roster, problem, now);
    }
}
