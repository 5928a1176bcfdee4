namespace Scheduling.Domain;

/// <summary>
/// Schemaperiod: the consecutive local dates a roster covers, in one time zone.
/// Day index 0 is <see cref="Start"/>; the period ends before <see cref="End"/> (exclusive).
/// </summary>
public sealed record SchedulePeriod
{
    /// <summary>The longest period accepted: a year and a leap day, enough for every benchmark.</summary>
    public const int MaxDays = 366;

    public SchedulePeriod(LocalDate start, int days, DateTimeZone zone)
    {
        if (days < 1) throw new DomainException($"period days must be at least 1, was {days}");
        if (days > MaxDays) throw new DomainException($"period days must be at most {MaxDays}, was {days}");
        Start = start;
        Days = days;
        Zone = zone ?? throw new DomainException("period time zone is required");
    }

    public LocalDate Start { get; }
    public int Days { get; }
    public DateTimeZone Zone { get; }

    /// <summary>The first date after the period (exclusive end).</summary>
    public LocalDate End => Start.PlusDays(Days);

    public LocalDate DateOf(int dayIndex) => Start.PlusDays(dayIndex);

    /// <summary>The day index of a date, or -1 when the date is outside the period.</summary>
    public int IndexOf(LocalDate date)
    {
        var index = Period.DaysBetween(Start, date);
        return index >= 0 && index < Days ? index : -1;
    }

    public bool Contains(LocalDate date) => IndexOf(date) >= 0;

    public IEnumerable<LocalDate> Dates => Enumerable.Range(0, Days).Select(DateOf);

    /// <summary>The instant the period starts: local midnight of the first day (the earlier one where midnight occurs twice; the first instant after it where it is skipped).</summary>
    public Instant StartInstant => Start.AtStartOfDayInZone(Zone).ToInstant();

    /// <summary>The instant the period ends (exclusive): local midnight after the last day.</summary>
    public Instant EndInstant => End.AtStartOfDayInZone(Zone).ToInstant();

    /// <summary>Stockholm, the default zone of Swedish municipal care.</summary>
    public static DateTimeZone DefaultZone => DateTimeZoneProviders.Tzdb["Europe/Stockholm"];
}
