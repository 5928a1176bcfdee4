using Google.Protobuf.WellKnownTypes;
using NodaTime;
using Scheduling.Api.Mapping;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Domain.Fairness;
using Scheduling.Domain.Files;

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
    public static readonly ResourceKind Kind = new("carryForwards", "carryForward", UnderUnit: true, GeneratedIds: false, _ => []);

    /// <summary>The carry of the latest period that ends on or before <paramref name="start"/>; null when there is none.</summary>
    public static CarryForward? Before(IEnumerable<CarryForward> all, LocalDate start) =>
        all.Select(c => (Carry: c, First: SelfServiceKinds.ParseDate(c.Period?.StartDate ?? "")))
            .Where(x => x.First is { } first && x.Carry.Period.HasDays && first.PlusDays(x.Carry.Period.Days) <= start)
            .OrderBy(x => x.First)
            .Select(x => x.Carry)
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
        var bank = carry.TimeBank.ToDictionary(t => t.Employee, StringComparer.Ordinal);
        var sameYear = SelfServiceKinds.ParseDate(carry.Period?.StartDate ?? "")?.Year == SelfServiceKinds.ParseDate(problem.Period?.StartDate ?? "")?.Year;
        foreach (var employee in problem.Employees ?? [])
            if (bank.TryGetValue(employee.Id ?? "", out var line))
            {
                employee.TimeBankMinutes = (int)Math.Clamp(line.OutMinutes, int.MinValue, int.MaxValue);
                employee.OvertimeBeforePeriodMinutes = sameYear ? (int)Math.Clamp(line.OvertimeOutMinutes, 0, int.MaxValue) : 0;
            }

        var employees = (problem.Employees ?? []).Select(e => e.Id ?? "").ToHashSet(StringComparer.Ordinal);
        problem.FairnessLedger = [.. carry.LedgerOut.Where(l => employees.Contains(l.Employee)).Select(ResourceMapping.ToDto<LedgerEntryDto>)];
    }

    /// <summary>
    /// The carry of a published roster: <paramref name="problem"/> is its problem with the balances in already
    /// applied (<see cref="ApplyIn"/> with the carry before its period).
    /// </summary>
    public static CarryForward Compute(V1.Roster roster, ProblemFile problem, Timestamp now)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var domain = ProblemReading.Read(problem);
        var assignments = RosterMapping.Assignments(roster);
        var bank = TimeBank.After(domain, assignments);
        var overtime = domain.Employees.ToDictionary(e => e.Id, e => Domain.Cost.ExtraHours.Of(domain, e, assignments.Assignments)?.Overtime ?? NodaTime.Duration.Zero);
        var ledger = FairnessLedger.After(domain, assignments);
        var carry = new CarryForward
        {
            Name = NameOf(roster.Unit, roster.Period.StartDate),
            Period = roster.Period.Clone(),
            Roster = roster.Name,
            LedgerIn = { (problem.FairnessLedger ?? []).Select(ResourceMapping.ToMessage<LedgerEntrySpec>) },
            LedgerOut = { ledger.Entries.OrderBy(e => e.Employee.Value, StringComparer.Ordinal).Select(ToProto) },
            CreateTime = now,
            UpdateTime = now,
        };
        foreach (var employee in domain.Employees)
            if (bank.TryGetValue(employee.Id, out var balance))
            {
                var line = new TimeBankCarry
                {
                    Employee = employee.Id.Value,
                    InMinutes = (long)employee.Contract.TimeBankBalance.TotalMinutes,
                    OutMinutes = (long)balance.TotalMinutes,
                    OvertimeOutMinutes = (long)((employee.Contract.OvertimeBeforePeriod ?? NodaTime.Duration.Zero) + overtime[employee.Id]).TotalMinutes,
                };
                if (employee.Contract.OvertimeBeforePeriod is { } before) line.OvertimeInMinutes = (long)before.TotalMinutes;
                carry.TimeBank.Add(line);
            }
        return carry;
    }

    public static string NameOf(string unit, string periodStart) => $"{unit}/{Kind.Collection}/{periodStart}";

    public static LedgerEntrySpec ToProto(LedgerEntry entry) => new()
    {
        Employee = entry.Employee.Value,
        WishShareDeficit = (int)Math.Clamp(entry.WishShareDeficit, int.MinValue, int.MaxValue),
        NightsOver = entry.NightsOver / 100.0,
        WeekendsOver = entry.WeekendsOver / 100.0,
        HolidaysOver = entry.HolidaysOver / 100.0,
    };
}
