using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Scheduling.Domain;
using Roster = Scheduling.Api.V1.Roster;

namespace Scheduling.Api.Application;

/// <summary>A roster for other programs: CSV of the whole roster, iCalendar per employee.</summary>
public static class RosterExport
{
    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");
    private static readonly LocalDateTimePattern IcalLocal = LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss");
    private static readonly InstantPattern IcalUtc = InstantPattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss'Z'");

    /// <summary>
    /// RFC 4180 CSV, UTF-8 with a byte-order mark (so spreadsheet programs read å, ä, ö): one row per shift with its
    /// local start and end, paid hours and whether it is pinned.
    /// </summary>
    public static byte[] Csv(RosterProblem problem, Roster roster)
    {
        var zone = problem.Period.Zone;
        var pins = roster.Pins.Where(p => p.HasShift).Select(p => (p.Employee, p.Date)).ToHashSet();
        var text = new StringBuilder("employee,employee_name,date,shift,shift_name,kind,start,end,paid_hours,pinned\r\n");
        foreach (var a in roster.Assignments)
        {
            var employee = problem.EmployeeById.GetValueOrDefault(new EmployeeId(a.Employee));
            var template = problem.TemplateByCode.GetValueOrDefault(new ShiftCode(a.Shift));
            var date = LocalDatePattern.Iso.Parse(a.Date).Value;
            var interval = template?.IntervalOn(date, zone);
            string[] cells =
            [
                a.Employee, employee?.Name ?? "", a.Date, a.Shift, template?.Name ?? "", template?.Kind.ToString().ToUpperInvariant() ?? "",
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
    /// RFC 5545: one VEVENT per shift with DTSTART/DTEND as local times with TZID (the zone's VTIMEZONE included
    /// for Europe/Stockholm), so a night across a clock change lasts 9 or 11 hours in the calendar as it does
    /// at work. Other zones are written in UTC.
    /// </summary>
    public static byte[] Calendar(RosterProblem problem, Roster roster, string employee, Instant now)
    {
        var zone = problem.Period.Zone;
        var stockholm = zone.Id == "Europe/Stockholm";
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Scheduling//Roster review//SV", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Text($"{problem.Name}: {problem.EmployeeById[new EmployeeId(employee)].Name}"),
        };
        if (stockholm)
            lines.AddRange([
                "BEGIN:VTIMEZONE", "TZID:Europe/Stockholm",
                "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19810329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19961027T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                "END:VTIMEZONE",
            ]);
        string Time(string property, Instant instant) => stockholm
            ? $"{property};TZID=Europe/Stockholm:{IcalLocal.Format(instant.InZone(zone).LocalDateTime)}"
            : $"{property}:{IcalUtc.Format(instant)}";

        foreach (var a in roster.Assignments.Where(a => a.Employee == employee))
        {
            if (!problem.TemplateByCode.TryGetValue(new ShiftCode(a.Shift), out var template)) continue;
            var interval = template.IntervalOn(LocalDatePattern.Iso.Parse(a.Date).Value, zone);
            lines.AddRange([
                "BEGIN:VEVENT",
                $"UID:{a.Employee}-{a.Date}@{roster.Name.Replace('/', '-')}.scheduling",
                "DTSTAMP:" + IcalUtc.Format(now),
                Time("DTSTART", interval.Start),
                Time("DTEND", interval.End),
                "SUMMARY:" + Text($"{template.Name} ({a.Shift})"),
                "DESCRIPTION:" + Text($"{problem.Name}, {RosterStates.Text(roster.State)} v{Math.Max(1, roster.Version)}"),
                "TRANSP:OPAQUE",
                "END:VEVENT",
            ]);
        }

        lines.Add("END:VCALENDAR");
        var ical = new StringBuilder();
        foreach (var line in lines) Fold(ical, line);
        return Encoding.UTF8.GetBytes(ical.ToString());
    }

    private static string Text(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Lines of at most 75 octets, continued with a space (RFC 5545 §3.1), never splitting a UTF-8 character.</summary>
    private static void Fold(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = 74;
            }

            output.Append(rune.ToString());
            octets += size;
        }

        output.Append("\r\n");
    }
}
