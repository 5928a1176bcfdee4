using System.Collections.Concurrent;

namespace Scheduling.Domain.Calendar;

/// <summary>Whether a day is a public holiday by law or an eve the agreement treats as a holiday.</summary>
public enum HolidayKind
{
    /// <summary>Allmän helgdag by Lag (1989:253) om allmänna helgdagar.</summary>
    PublicHoliday,

    /// <summary>
    /// Helgdagsafton: påsk-, midsommar-, jul- and nyårsafton are working days by law, but the collective
    /// agreement pays and plans them as holidays.
    /// </summary>
    AgreementEve,
}

/// <summary>A named holiday on a date.</summary>
public sealed record Holiday(LocalDate Date, string Name, string SwedishName, HolidayKind Kind);

/// <summary>
/// Swedish holidays for any Gregorian year: the public holidays of Lag (1989:253) other than plain Sundays
/// (every Sunday is an allmän helgdag too) and the agreement's eves. Easter is computed by the computus;
/// Midsummer and All Saints' Day by their weekday rules.
/// </summary>
public static class SwedishHolidays
{
    private static readonly ConcurrentDictionary<int, ImmutableDictionary<LocalDate, Holiday>> ByYear = new();

    /// <summary>The holidays of <paramref name="year"/>, in date order.</summary>
    public static ImmutableArray<Holiday> In(int year) => [.. For(year).Values.OrderBy(h => h.Date)];

    /// <summary>The holiday on <paramref name="date"/>, or null on an ordinary day (a plain Sunday included).</summary>
    public static Holiday? On(LocalDate date) => For(date.Year).GetValueOrDefault(date);

    /// <summary>True on an allmän helgdag other than a plain Sunday.</summary>
    public static bool IsPublicHoliday(LocalDate date) => On(date) is { Kind: HolidayKind.PublicHoliday };

    /// <summary>True on a public holiday or an eve the agreement treats as one.</summary>
    public static bool IsAgreementHoliday(LocalDate date) => On(date) is not null;

    /// <summary>A weekday (Monday–Friday) that is neither a public holiday nor an agreement eve: "vardag".</summary>
    public static bool IsWorkingDay(LocalDate date) =>
        date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !IsAgreementHoliday(date);

    /// <summary>The first working day strictly after <paramref name="date"/> ("vardag närmast efter").</summary>
    public static LocalDate NextWorkingDayAfter(LocalDate date)
    {
        var next = date.PlusDays(1);
        while (!IsWorkingDay(next)) next = next.PlusDays(1);
        return next;
    }

    /// <summary>Midsommarafton: the Friday between 19 and 25 June.</summary>
    public static LocalDate MidsummerEve(int year) => FirstOnOrAfter(new LocalDate(year, 6, 19), IsoDayOfWeek.Friday);

    /// <summary>Alla helgons dag: the Saturday between 31 October and 6 November.</summary>
    public static LocalDate AllSaintsDay(int year) => FirstOnOrAfter(new LocalDate(year, 10, 31), IsoDayOfWeek.Saturday);

    private static LocalDate FirstOnOrAfter(LocalDate date, IsoDayOfWeek day) =>
        date.DayOfWeek == day ? date : date.Next(day);

    private static ImmutableDictionary<LocalDate, Holiday> For(int year) => ByYear.GetOrAdd(year, Compute);

    private static ImmutableDictionary<LocalDate, Holiday> Compute(int year)
    {
        var easter = Easter.Sunday(year);
        var midsummerEve = MidsummerEve(year);
        const HolidayKind Law = HolidayKind.PublicHoliday;
        const HolidayKind Eve = HolidayKind.AgreementEve;
        Holiday[] all =
        [
            new(new LocalDate(year, 1, 1), "New Year's Day", "Nyårsdagen", Law),
            new(new LocalDate(year, 1, 6), "Epiphany", "Trettondedag jul", Law),
            new(easter.PlusDays(-2), "Good Friday", "Långfredagen", Law),
            new(easter.PlusDays(-1), "Easter Eve", "Påskafton", Eve),
            new(easter, "Easter Sunday", "Påskdagen", Law),
            new(easter.PlusDays(1), "Easter Monday", "Annandag påsk", Law),
            new(new LocalDate(year, 5, 1), "May Day", "Första maj", Law),
            new(easter.PlusDays(39), "Ascension Day", "Kristi himmelsfärdsdag", Law),
            new(easter.PlusDays(49), "Whit Sunday", "Pingstdagen", Law),
            new(new LocalDate(year, 6, 6), "National Day", "Sveriges nationaldag", Law),
            new(midsummerEve, "Midsummer Eve", "Midsommarafton", Eve),
            new(midsummerEve.PlusDays(1), "Midsummer Day", "Midsommardagen", Law),
            new(AllSaintsDay(year), "All Saints' Day", "Alla helgons dag", Law),
            new(new LocalDate(year, 12, 24), "Christmas Eve", "Julafton", Eve),
            new(new LocalDate(year, 12, 25), "Christmas Day", "Juldagen", Law),
            new(new LocalDate(year, 12, 26), "Boxing Day", "Annandag jul", Law),
            new(new LocalDate(year, 12, 31), "New Year's Eve", "Nyårsafton", Eve),
        ];
        // Two holidays can share a date (Ascension Day on 1 May in 2008, Whit Sunday on 6 June in 2014): the
        // date keeps the first listed, a public holiday before an eve.
        return all.GroupBy(h => h.Date)
            .ToImmutableDictionary(g => g.Key, g => g.OrderBy(h => h.Kind).First());
    }
}
