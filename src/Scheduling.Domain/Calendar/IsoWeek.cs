using NodaTime.Calendars;

namespace Scheduling.Domain.Calendar;

/// <summary>
/// An ISO 8601 week: its week-year and number. Weekends (max-weekends, fair-weekends) and weekly preferences are counted
/// by it, so a weekend is the weekend days of one such week.
/// </summary>
public readonly record struct IsoWeek(int WeekYear, int Week)
{
    /// <summary>The ISO week <paramref name="date"/> is in.</summary>
    public static IsoWeek Of(LocalDate date) => new(WeekYearRules.Iso.GetWeekYear(date), WeekYearRules.Iso.GetWeekOfWeekYear(date));
}
