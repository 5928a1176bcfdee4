using NodaTime;
using Scheduling.Api.Application.Review;
using Scheduling.Api.Storage;
using Scheduling.Domain;
using Scheduling.Domain.Fairness;
using Scheduling.Domain.Files;
using Scheduling.Domain.Review;
using Scheduling.Domain.Units;

namespace Scheduling.Api.Application.Units;

/// <summary>
/// The time bank, the year's overtime and the fairness ledger a published roster carries into the unit's next period: one
/// <see cref="CarryForward"/> per unit and period (<c>units/{unit}/carryForwards/{start}</c>), written with the
/// publication and replaced by the next published version of the same period. Its balances in are the ones
/// carried out of the latest earlier period (else the problem's own), so re-publishing a period replaces its
/// effect rather than adding to it.
/// </summary>
public static class CarryForwards
{
    public static readonly ResourceKind Kind = new(ResourceCollections.CarryForwards, "carryForward", UnderUnit: true, GeneratedIds: false, _ => []);

    /// <summary>The carry of the latest period that ends on or before <paramref name="start"/>; null when there is none.</summary>
    public static CarryForward? Before(IEnumerable<CarryForward> all, LocalDate start) =>
        all.Where(c => c.End is { } end && end <= start)
            .OrderBy(c => c.PeriodStart)
            .LastOrDefault();

    /// <summary>
    /// Puts a carry's balances out into a problem as its balances in: each employee's time bank (employees it
    /// does not name keep theirs), the overtime worked earlier in the calendar year of the problem's first day (the
    /// carry's out when its period began in that year, else 0: a new year), and the fairness ledger (of the problem's
    /// employees). Nothing without a carry.
    /// </summary>
    public static void ApplyIn(ProblemFile problem, CarryForward? carry)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (carry is null) return;
        var bank = carry.TimeBank.ToDictionary(t => t.Employee.Value, StringComparer.Ordinal);
        var sameYear = carry.PeriodStart?.Year == SelfServiceKinds.ParseDate(problem.Period?.StartDate ?? "")?.Year;
        foreach (var employee in problem.Employees ?? [])
            if (bank.TryGetValue(employee.Id ?? "", out var line))
            {
                employee.TimeBankMinutes = (int)Math.Clamp(line.OutMinutes, int.MinValue, int.MaxValue);
                employee.OvertimeBeforePeriodMinutes = sameYear ? (int)Math.Clamp(line.OvertimeOutMinutes, 0, int.MaxValue) : 0;
            }

        var employees = (problem.Employees ?? []).Select(e => e.Id ?? "").ToHashSet(StringComparer.Ordinal);
        // A zero stays out of the file, as the contract's JSON leaves it out.
        problem.FairnessLedger = [.. carry.LedgerOut.Where(l => employees.Contains(l.Employee.Value)).Select(l => new LedgerEntryDto
        {
            Employee = l.Employee.Value,
            WishShareDeficit = l.WishShareDeficit == 0 ? null : l.WishShareDeficit,
            NightsOver = l.NightsOver == 0 ? null : l.NightsOver,
            WeekendsOver = l.WeekendsOver == 0 ? null : l.WeekendsOver,
            HolidaysOver = l.HolidaysOver == 0 ? null : l.HolidaysOver,
        })];
    }

    /// <summary>
    /// The carry of a published roster: <paramref name="problem"/> is its problem with the balances in already
    /// applied (<see cref="ApplyIn"/> with the carry before its period).
    /// </summary>
    public static CarryForward Compute(RosterVersion roster, ProblemFile problem, Instant now)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(problem);
        var domain = ProblemReading.Read(problem);
        var assignments = roster.Assignments;
        var bank = TimeBank.After(domain, assignments);
        var overtime = domain.Employees.ToDictionary(e => e.Id, e => Domain.Cost.ExtraHours.Of(domain, e, assignments.Assignments)?.Overtime ?? NodaTime.Duration.Zero);
        var ledger = FairnessLedger.After(domain, assignments);
        var start = roster.PeriodStart ?? throw new ArgumentException($"{roster.Name} has no period start", nameof(roster));
        var timeBank = domain.Employees
            .Where(e => bank.ContainsKey(e.Id))
            .Select(e => new TimeBankCarry(
                e.Id,
                (long)e.Contract.TimeBankBalance.TotalMinutes,
                (long)bank[e.Id].TotalMinutes,
                e.Contract.OvertimeBeforePeriod is { } before ? (long)before.TotalMinutes : null,
                (long)((e.Contract.OvertimeBeforePeriod ?? NodaTime.Duration.Zero) + overtime[e.Id]).TotalMinutes));
        return new CarryForward(
            NameOf(roster.Unit, start),
            start,
            roster.Days,
            roster.Zone?.Id ?? "",
            roster.Name,
            [.. timeBank],
            [.. (problem.FairnessLedger ?? []).Select(l => new LedgerCarry(new EmployeeId(l.Employee ?? ""), l.WishShareDeficit ?? 0, l.NightsOver ?? 0, l.WeekendsOver ?? 0, l.HolidaysOver ?? 0))],
            [.. ledger.Entries.OrderBy(e => e.Employee.Value, StringComparer.Ordinal).Select(LedgerCarry.Of)])
        {
            Created = now,
            Updated = now,
        };
    }

    /// <summary>
    /// What a roster being published carries into its unit's next period: the time bank and fairness ledger
    /// after it, from the balances carried out of the latest earlier period (else its problem's own); then the
    /// carries of the later periods already published, recomputed in order from the new one (their stored
    /// reports keep the balances they were solved with). None for a roster of an inline problem or without a
    /// stored problem. As the resource rows to store with the publication.
    /// </summary>
    public static async Task<IReadOnlyList<ResourceRow>> OfPublicationAsync(RosterVersion roster, Instant now, UnitRepository units, RosterRepository rosters, RosterVersions versions, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(rosters);
        return [.. (await CarriedAsync(roster, now, units, rosters, versions, cancellation).ConfigureAwait(false)).Select(UnitRepository.Row)];
    }

    private static async Task<List<CarryForward>> CarriedAsync(RosterVersion roster, Instant now, UnitRepository units, RosterRepository rosters, RosterVersions versions, CancellationToken cancellation)
    {
        var carried = new List<CarryForward>();
        if (roster.Unit.Length == 0 || roster.PeriodStart is not { } start) return carried;
        var all = await units.CarryForwardsAsync(roster.Unit, cancellation).ConfigureAwait(false);
        if (await CarryAsync(roster, all, start, now, versions, cancellation).ConfigureAwait(false) is not { } first) return carried;
        carried.Add(first);
        var current = all.Where(c => c.Name != first.Name).Append(first).ToList();
        var later = all
            .Where(c => c.PeriodStart is { } f && f > start)
            .OrderBy(c => c.PeriodStart)
            .ToList();
        foreach (var carry in later)
        {
            if (await rosters.GetAsync(carry.Roster, cancellation).ConfigureAwait(false) is not { } published) continue;
            if (await CarryAsync(published, current, carry.PeriodStart!.Value, now, versions, cancellation).ConfigureAwait(false) is not { } again) continue;
            again = again with { Created = carry.Created };
            carried.Add(again);
            current = [.. current.Where(c => c.Name != again.Name), again];
        }

        return carried;
    }

    private static async Task<CarryForward?> CarryAsync(RosterVersion roster, IEnumerable<CarryForward> carries, LocalDate start, Instant now, RosterVersions versions, CancellationToken cancellation)
    {
        if (await versions.JobProblemAsync(roster.Job, cancellation).ConfigureAwait(false) is not { } job) return null;
        var problem = RosterVersions.FileWithPins(job.File, roster.Pins);
        ApplyIn(problem, Before(carries, start));
        return Compute(roster, problem, now);
    }

    public static string NameOf(string unit, LocalDate periodStart) => $"{unit}/{Kind.Collection}/{NodaTime.Text.LocalDatePattern.Iso.Format(periodStart)}";
}
