using NodaTime;
using NodaTime.Text;
using Scheduling.Domain;
using Scheduling.Domain.Review;
using Scheduling.Exports;

namespace Scheduling.Api.Application;

/// <summary>A roster for other programs: CSV of the whole roster, iCalendar per employee.</summary>
public static class RosterExport
{
    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    /// <summary>
    /// RFC 4180 CSV, UTF-8 with a byte-order mark (so spreadsheet programs read å, ä, ö): one row per shift with its
    /// local start and end, paid hours and whether it is pinned.
    /// </summary>
    public static byte[] Csv(RosterProblem problem, RosterVersion roster)
    {
        var zone = problem.Period.Zone;
        var pins = roster.Pins.Where(p => p.Shift is not null).Select(p => (p.Employee, p.Date)).ToHashSet();
        var text = new StringBuilder("employee,employee_name,date,shift,shift_name,kind,start,end,paid_hours,pinned\r\n");
        foreach (var a in roster.Assignments.Assignments)
        {
            var employee = problem.EmployeeById.GetValueOrDefault(a.Employee);
            var template = problem.TemplateByCode.GetValueOrDefault(a.Shift);
            var date = a.Date;
            var interval = template?.IntervalOn(date, zone);
            string[] cells =
            [
                a.Employee.Value, employee?.Name ?? "", LocalDatePattern.Iso.Format(date), a.Shift.Value, template?.Name ?? "", template?.Kind.ToString().ToUpperInvariant() ?? "",
                interval is { } i ? Local.Format(i.Start.InZone(zone).LocalDateTime) : "",
                interval is { } j ? Local.Format(j.End.InZone(zone).LocalDateTime) : "",
                template is null ? "" : (template.WorkingTimeOn(date, zone).TotalMinutes / 60.0).ToString("0.00", CultureInfo.InvariantCulture),
                pins.Contains((a.Employee, a.Date)) ? "true" : "false",
            ];
            text.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Quote(string cell)
    {
        // A cell a spreadsheet would run as a formula (= + - @, or a tab or CR before one) is kept as text (OWASP CSV injection).
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r') cell = "'" + cell;
        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    /// <summary>
    /// RFC 5545 (<see cref="ShiftCalendar"/>): one VEVENT per shift of <paramref name="employee"/> with DTSTART/DTEND as
    /// local times with TZID and the zone's VTIMEZONE, so a night across a clock change lasts 9 or 11 hours in the
    /// calendar as it does at work.
    /// </summary>
    public static byte[] Calendar(RosterProblem problem, RosterVersion roster, string employee, Instant now) =>
        Encoding.UTF8.GetBytes(ShiftCalendar.Write(
            $"{problem.Name}: {problem.EmployeeById[new EmployeeId(employee)].Name}", problem.Period.Zone, Shifts(problem, roster, employee), now));

    /// <summary>
    /// The employee's shifts of a roster as calendar events. An event's UID is the unit's (or else the problem's), the
    /// employee's and the day's, not the roster's: a new version of the roster keeps it, so a calendar app updates the
    /// event rather than showing the old and the new shift side by side. Its SEQUENCE is the version less one.
    /// </summary>
    public static IEnumerable<CalendarShift> Shifts(RosterProblem problem, RosterVersion roster, string employee)
    {
        var zone = problem.Period.Zone;
        var changed = roster.Published ?? roster.Updated ?? roster.Created ?? Instant.FromUnixTimeSeconds(0);
        var owner = roster.Unit.Length > 0 ? roster.Unit : problem.Name;
        var seen = new Dictionary<LocalDate, int>();
        foreach (var a in roster.Assignments.Assignments.Where(a => a.Employee.Value == employee).OrderBy(a => a.Date))
        {
            if (!problem.TemplateByCode.TryGetValue(a.Shift, out var template)) continue;
            var nth = seen[a.Date] = seen.GetValueOrDefault(a.Date) + 1;
            yield return new CalendarShift(
                ShiftUid(owner, employee, LocalDatePattern.Iso.Format(a.Date), nth),
                template.IntervalOn(a.Date, zone),
                $"{template.Name} ({a.Shift.Value})",
                $"{problem.Name}, {RosterStates.Text(roster.State)} v{Math.Max(1, roster.Version)}",
                Math.Max(0, roster.Version - 1),
                changed);
        }
    }

    /// <summary>A shift's UID: a digest of the unit, the employee, the day and which of the day's shifts (names nothing in clear).</summary>
    public static string ShiftUid(string unit, string employee, string date, int nth) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{unit}\n{employee}\n{date}\n{nth}")))[..32] + "@scheduling";
}
