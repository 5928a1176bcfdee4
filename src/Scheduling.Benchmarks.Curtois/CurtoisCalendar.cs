using NodaTime;
using Scheduling.Domain;

namespace Scheduling.Benchmarks.Curtois;

/// <summary>
/// The benchmark counts days from 0 and says only that every instance starts on a Monday. The product
/// plans dates, so day 0 is mapped to a fixed Monday, <see cref="FirstDay"/>, in UTC: no DST change can
/// lengthen or shorten a shift.
/// </summary>
public static class CurtoisCalendar
{
    /// <summary>Day 0 of every instance: Monday 2024-01-01.</summary>
    public static LocalDate FirstDay { get; } = new(2024, 1, 1);

    public static DateTimeZone Zone => DateTimeZone.Utc;

    /// <summary>The schedule period of an instance of <paramref name="days"/> days.</summary>
    public static SchedulePeriod PeriodOf(int days) => new(FirstDay, days, Zone);

    /// <summary>The date of 0-based day <paramref name="day"/>.</summary>
    public static LocalDate DateOf(int day) => FirstDay.PlusDays(day);

    /// <summary>The 0-based day index of <paramref name="date"/> (negative before day 0).</summary>
    public static int DayOf(LocalDate date) => Period.DaysBetween(FirstDay, date);
}
