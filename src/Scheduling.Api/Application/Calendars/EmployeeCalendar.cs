using NodaTime;
using Scheduling.Api.Application.Review;
using Scheduling.Api.Storage;
using Scheduling.Domain.Review;
using Scheduling.Exports;

namespace Scheduling.Api.Application.Calendars;

/// <summary>
/// An employee's shifts in every period their unit has PUBLISHED (each period's current version; never a proposal or an
/// old version) as one iCalendar text. Each shift's UID is the unit's, the employee's and the day's
/// (<see cref="RosterExport.ShiftUid"/>), so when a new version is published the events a calendar app already has change
/// in place, and a shift the new version drops is gone from the file.
/// </summary>
public sealed class EmployeeCalendar(UnitRepository units, RosterRepository rosters, RosterVersions versions, IClock clock)
{
    /// <summary>The most periods one calendar holds (the latest ones), so a unit's long history cannot make it unbounded.</summary>
    public const int MaxPeriods = 26;

    public async Task<string> WriteAsync(string unit, string employee, CancellationToken cancellation)
    {
        var published = (await rosters.ListPublishedAsync(unit, null, cancellation).ConfigureAwait(false))
            .OrderByDescending(p => p.PeriodStart).Take(MaxPeriods).ToList();
        var shifts = new List<CalendarShift>();
        var zone = await UnitZoneAsync(unit, cancellation).ConfigureAwait(false);
        var name = employee;
        foreach (var entry in published)
        {
            if (await rosters.GetAsync(entry.Name, cancellation).ConfigureAwait(false) is not { State: ReviewState.Published } roster) continue;
            var problem = await versions.ProblemAsync(roster, cancellation).ConfigureAwait(false);
            zone = problem.Period.Zone;
            if (problem.EmployeeById.TryGetValue(new Domain.EmployeeId(employee), out var person)) name = person.Name;
            shifts.AddRange(RosterExport.Shifts(problem, roster, employee));
        }

        return ShiftCalendar.Write($"{name}: {unit[(unit.LastIndexOf('/') + 1)..]}", zone, shifts, clock.GetCurrentInstant());
    }

    private async Task<DateTimeZone> UnitZoneAsync(string unit, CancellationToken cancellation)
    {
        var named = (await units.GetUnitAsync(unit, cancellation).ConfigureAwait(false))?.TimeZone ?? "";
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(named) ?? DateTimeZoneProviders.Tzdb["Europe/Stockholm"];
    }
}
