using NodaTime;
using Scheduling.Domain;

namespace Scheduling.Api.Application.Absences;

/// <summary>
/// A stored absence as real time: the employee and the interval they are away (start included, end excluded). Whole
/// days run from the start of the first day to the start of the day after the last, in the unit's zone. A stored absence
/// becomes one in <see cref="Absences.Span"/>.
/// </summary>
public sealed record AbsenceSpan(EmployeeId Employee, Interval Interval, bool WholeDays)
{
    /// <summary>Whole days, <paramref name="first"/> to <paramref name="last"/> (both included), in <paramref name="zone"/>.</summary>
    public static AbsenceSpan Days(EmployeeId employee, LocalDate first, LocalDate last, DateTimeZone zone) =>
        new(employee, new Interval(first.AtStartOfDayInZone(zone).ToInstant(), last.PlusDays(1).AtStartOfDayInZone(zone).ToInstant()), true);

    /// <summary>From one instant to another (a sick call at 06:10 until the next morning).</summary>
    public static AbsenceSpan Between(EmployeeId employee, Instant start, Instant end) => new(employee, new Interval(start, end), false);

    public bool Overlaps(Interval other) => Interval.Start < other.End && other.Start < Interval.End;

    /// <summary>
    /// The roster days the absence makes unavailable: every whole day; for instants, each day on which a shift of one
    /// of <paramref name="templates"/> (local start, nominal minutes) would overlap it, so a sick call at 06:10 rules
    /// out the day's 07:00 shift and the night before when that night runs into it.
    /// </summary>
    public IEnumerable<LocalDate> UnavailableDays(DateTimeZone zone, IReadOnlyCollection<(LocalTime Start, int Minutes)> templates)
    {
        var first = Interval.Start.InZone(zone).Date;
        var last = Interval.End.Minus(Duration.Epsilon).InZone(zone).Date;
        if (WholeDays)
        {
            for (var day = first; day <= last; day = day.PlusDays(1)) yield return day;
            yield break;
        }

        for (var day = first.PlusDays(-1); day <= last; day = day.PlusDays(1))
        {
            var date = day;
            if (templates.Any(t =>
                {
                    var start = (date + t.Start).InZoneLeniently(zone).ToInstant();
                    return Overlaps(new Interval(start, start + Duration.FromMinutes(t.Minutes)));
                }))
                yield return date;
        }
    }

    /// <summary>The employee's shifts of <paramref name="roster"/> the absence overlaps, in time order.</summary>
    public IEnumerable<Assignment> OpenedShifts(RosterProblem problem, Roster roster) =>
        roster.Assignments
            .Where(a => a.Employee == Employee && problem.TemplateByCode.TryGetValue(a.Shift, out var t) && Overlaps(t.IntervalOn(a.Date, problem.Period.Zone)))
            .OrderBy(a => a.Date);
}
