namespace Scheduling.Domain.SelfService;

/// <summary>
/// A unit's window for its employees' wishes for one schedule period: the period (its first day is the window's id),
/// when the window takes wishes, and how many MUST items (MUST wishes and unavailable days) each employee may have in
/// the period; null when the window leaves that to the service's default.
/// </summary>
public sealed record WishWindow
{
    public WishWindow(LocalDate periodStart, int days, DateTimeZone? timeZone, WindowDates dates, int? maxMustWishes)
    {
        if (days is < 1 or > SchedulePeriod.MaxDays) throw new DomainException($"a wish window's period has 1 to {SchedulePeriod.MaxDays} days, was {days}");
        if (maxMustWishes < 0) throw new DomainException($"a wish window's MUST limit must not be negative, was {maxMustWishes}");
        PeriodStart = periodStart;
        Days = days;
        TimeZone = timeZone;
        Dates = dates;
        MaxMustWishes = maxMustWishes;
    }

    public LocalDate PeriodStart { get; }
    public int Days { get; }

    /// <summary>The period's time zone when the window names one; else the unit's.</summary>
    public DateTimeZone? TimeZone { get; }

    public WindowDates Dates { get; }
    public int? MaxMustWishes { get; }

    /// <summary>The period's last day (included).</summary>
    public LocalDate PeriodEnd => PeriodStart.PlusDays(Days - 1);
}
