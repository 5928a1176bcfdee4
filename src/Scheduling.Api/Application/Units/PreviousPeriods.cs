using NodaTime;
using NodaTime.Text;
using Scheduling.Api.Storage;
using Scheduling.Domain.Files;

namespace Scheduling.Api.Application.Units;

/// <summary>
/// The history of a unit's period from its published rosters of the periods before it: what its employees work on the
/// days before the period's first day, as far back as the rules look (<see cref="Domain.History.DaysNeeded"/>) and as the
/// published rosters reach without a gap. Where published periods overlap, the latest published one holds for a day.
/// Shifts of employees or templates the problem no longer has are left out. The shifts are the problem file's
/// <c>history</c> entries, read from the domain's rosters (<see cref="RosterRepository"/>).
/// </summary>
public sealed class PreviousPeriods(RosterRepository rosters)
{
    public async Task<IReadOnlyList<HistoryEntryDto>> HistoryAsync(string unit, LocalDate start, int daysBack, IReadOnlySet<string> employees, IReadOnlySet<string> templates, CancellationToken cancellation)
    {
        var earliest = start.PlusDays(-daysBack);
        var published = (await rosters.ListPublishedAsync(unit, null, cancellation).ConfigureAwait(false))
            .Where(p => p.PeriodStart < start && p.PeriodStart.PlusDays(p.Days) > earliest)
            .OrderBy(p => p.PublishTime ?? Instant.MinValue)
            .ToList();

        // The day each roster holds: the latest published one for each day before the period.
        var holder = new Dictionary<LocalDate, PublishedRoster>();
        foreach (var roster in published)
            for (var d = Max(roster.PeriodStart, earliest); d < start && d < roster.PeriodStart.PlusDays(roster.Days); d = d.PlusDays(1))
                holder[d] = roster;

        // Only the days back to the first one no published roster covers: before a gap nothing is known.
        var from = start;
        while (from > earliest && holder.ContainsKey(from.PlusDays(-1))) from = from.PlusDays(-1);
        var result = new List<HistoryEntryDto>();
        foreach (var name in holder.Where(h => h.Key >= from).Select(h => h.Value.Name).Distinct())
        {
            var roster = await rosters.GetAssignmentsAsync(name, cancellation).ConfigureAwait(false);
            if (roster is null) continue;
            foreach (var a in roster.Assignments)
                if (a.Date >= from && a.Date < start && holder[a.Date].Name == name && employees.Contains(a.Employee.Value) && templates.Contains(a.Shift.Value))
                    result.Add(new HistoryEntryDto { Employee = a.Employee.Value, Date = LocalDatePattern.Iso.Format(a.Date), Shift = a.Shift.Value });
        }

        return [.. result.OrderBy(h => h.Date, StringComparer.Ordinal).ThenBy(h => h.Employee, StringComparer.Ordinal)];
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;
}
