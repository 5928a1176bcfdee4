namespace Scheduling.Domain.Calendar;

/// <summary>The day a storhelg is counted from.</summary>
public enum HolidayAnchor
{
    EasterSunday,
    MidsummerEve,
    ChristmasEve,
    NewYearsEve,
}

/// <summary>
/// Storhelg: one of the agreement's major holiday periods, as data. It runs from <see cref="From"/> on the day
/// before its first day (anchor + <see cref="FirstDay"/>) to <see cref="To"/> on the first working day after
/// its last day (anchor + <see cref="LastDay"/>): "från kl 18 dagen före … till kl 07 vardagen närmast efter".
/// </summary>
public sealed record MajorHoliday
{
    public MajorHoliday(string name, HolidayAnchor anchor, int firstDay, int lastDay, LocalTime from, LocalTime to)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("a major holiday needs a name");
        if (lastDay < firstDay) throw new DomainException($"major holiday {name}: the last day must not come before the first");
        if (Math.Abs(firstDay) > 60 || Math.Abs(lastDay) > 60) throw new DomainException($"major holiday {name}: days must be within 60 days of the anchor");
        Name = name;
        Anchor = anchor;
        FirstDay = firstDay;
        LastDay = lastDay;
        From = from;
        To = to;
    }

    public string Name { get; }
    public HolidayAnchor Anchor { get; }

    /// <summary>The first holiday day, in days from the anchor.</summary>
    public int FirstDay { get; }

    /// <summary>The last holiday day, in days from the anchor.</summary>
    public int LastDay { get; }

    /// <summary>The local time on the day before the first day when the period starts.</summary>
    public LocalTime From { get; }

    /// <summary>The local time on the first working day after the last day when the period ends.</summary>
    public LocalTime To { get; }

    /// <summary>The period of the holiday anchored in <paramref name="year"/>, in local time: start inclusive, end exclusive.</summary>
    public (LocalDateTime Start, LocalDateTime End) In(int year)
    {
        var anchor = Anchor switch
        {
            HolidayAnchor.EasterSunday => Easter.Sunday(year),
            HolidayAnchor.MidsummerEve => SwedishHolidays.MidsummerEve(year),
            HolidayAnchor.ChristmasEve => new LocalDate(year, 12, 24),
            _ => new LocalDate(year, 12, 31),
        };
        var start = anchor.PlusDays(FirstDay - 1) + From;
        var end = SwedishHolidays.NextWorkingDayAfter(anchor.PlusDays(LastDay)) + To;
        return (start, end);
    }
}

/// <summary>The storhelger of the agreements for municipal care.</summary>
public static class MajorHolidays
{
    /// <summary>
    /// AB/HÖK (SKR, Sobona) as Kommunal describes it: from 18:00 the day before Good Friday to 07:00 the day after
    /// Easter Monday; from 18:00 the day before Midsummer Eve, Christmas Eve and New Year's Eve to 07:00 on the
    /// first working day after. Verify against the agreement in force before use.
    /// </summary>
    public static readonly ImmutableArray<MajorHoliday> AbHok =
    [
        new("Easter", HolidayAnchor.EasterSunday, -2, 1, new LocalTime(18, 0), new LocalTime(7, 0)),
        new("Midsummer", HolidayAnchor.MidsummerEve, 0, 1, new LocalTime(18, 0), new LocalTime(7, 0)),
        new("Christmas", HolidayAnchor.ChristmasEve, 0, 2, new LocalTime(18, 0), new LocalTime(7, 0)),
        new("New Year", HolidayAnchor.NewYearsEve, 0, 1, new LocalTime(18, 0), new LocalTime(7, 0)),
    ];
}
