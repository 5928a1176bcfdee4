using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Scheduling.Exports;

/// <summary>
/// Shifts as an iCalendar (RFC 5545) text, written by Ical.Net: one VEVENT per shift, its start and end as the
/// zone's local times with TZID and the zone's VTIMEZONE, so a night across a clock change lasts 9 or 11 hours in
/// the calendar as it does at work, and a calendar app in another zone still shows it at the right instant.
/// </summary>
public static class ShiftCalendar
{
    /// <summary>The calendar's text: <paramref name="name"/> as its display name, <paramref name="shifts"/> in start order.</summary>
    public static string Write(string name, DateTimeZone zone, IEnumerable<CalendarShift> shifts, Instant now)
    {
        var calendar = new Calendar { ProductId = "-//Scheduling//Roster//SV", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", zone.Id);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone.Id));
        foreach (var shift in shifts.OrderBy(s => s.Interval.Start).ThenBy(s => s.Uid, StringComparer.Ordinal))
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = shift.Uid,
                DtStamp = Utc(now),
                LastModified = Utc(shift.Changed),
                Sequence = shift.Sequence,
                DtStart = Local(shift.Interval.Start, zone),
                DtEnd = Local(shift.Interval.End, zone),
                Summary = shift.Summary,
                Description = shift.Description,
                Transparency = TransparencyType.Opaque,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalDateTime Local(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone).LocalDateTime;
        return new CalDateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, zone.Id);
    }

    private static CalDateTime Utc(Instant instant)
    {
        var utc = instant.InUtc().LocalDateTime;
        return new CalDateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, CalDateTime.UtcTzId);
    }
}
