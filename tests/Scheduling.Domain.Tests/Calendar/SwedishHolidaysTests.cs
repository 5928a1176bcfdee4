using Scheduling.Domain.Calendar;

namespace Scheduling.Domain.Tests.Calendar;

public class SwedishHolidaysTests
{
    private static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    // Easter Sunday, Midsummer Eve, All Saints' Day, Ascension Day and Whit Sunday for 2024–2032, from published
    // Swedish calendars (cross-checked with python-dateutil's independent Easter implementation).
    [Theory]
    [InlineData(2024, "2024-03-31", "2024-06-21", "2024-11-02", "2024-05-09", "2024-05-19")]
    [InlineData(2025, "2025-04-20", "2025-06-20", "2025-11-01", "2025-05-29", "2025-06-08")]
    [InlineData(2026, "2026-04-05", "2026-06-19", "2026-10-31", "2026-05-14", "2026-05-24")]
    [InlineData(2027, "2027-03-28", "2027-06-25", "2027-11-06", "2027-05-06", "2027-05-16")]
    [InlineData(2028, "2028-04-16", "2028-06-23", "2028-11-04", "2028-05-25", "2028-06-04")]
    [InlineData(2029, "2029-04-01", "2029-06-22", "2029-11-03", "2029-05-10", "2029-05-20")]
    [InlineData(2030, "2030-04-21", "2030-06-21", "2030-11-02", "2030-05-30", "2030-06-09")]
    [InlineData(2031, "2031-04-13", "2031-06-20", "2031-11-01", "2031-05-22", "2031-06-01")]
    [InlineData(2032, "2032-03-28", "2032-06-25", "2032-11-06", "2032-05-06", "2032-05-16")]
    public void Movable_holidays_fall_on_their_known_dates(int year, string easter, string midsummerEve, string allSaints, string ascension, string whitSunday)
    {
        Assert.Equal(D(easter), Easter.Sunday(year));
        Assert.Equal(D(midsummerEve), SwedishHolidays.MidsummerEve(year));
        Assert.Equal(D(allSaints), SwedishHolidays.AllSaintsDay(year));

        var byName = SwedishHolidays.In(year).ToDictionary(h => h.Name, h => h.Date);
        Assert.Equal(D(easter).PlusDays(-2), byName["Good Friday"]);
        Assert.Equal(D(easter).PlusDays(-1), byName["Easter Eve"]);
        Assert.Equal(D(easter), byName["Easter Sunday"]);
        Assert.Equal(D(easter).PlusDays(1), byName["Easter Monday"]);
        Assert.Equal(D(ascension), byName["Ascension Day"]);
        Assert.Equal(D(whitSunday), byName["Whit Sunday"]);
        Assert.Equal(D(midsummerEve), byName["Midsummer Eve"]);
        Assert.Equal(D(midsummerEve).PlusDays(1), byName["Midsummer Day"]);
        Assert.Equal(D(allSaints), byName["All Saints' Day"]);
        Assert.Equal(IsoDayOfWeek.Sunday, byName["Easter Sunday"].DayOfWeek);
        Assert.Equal(IsoDayOfWeek.Thursday, byName["Ascension Day"].DayOfWeek);
        Assert.Equal(IsoDayOfWeek.Friday, byName["Midsummer Eve"].DayOfWeek);
        Assert.Equal(IsoDayOfWeek.Saturday, byName["All Saints' Day"].DayOfWeek);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2026)]
    [InlineData(2032)]
    public void Fixed_holidays_and_which_are_law_and_which_agreement_eves(int year)
    {
        var holidays = SwedishHolidays.In(year);
        string[] law = ["New Year's Day", "Epiphany", "Good Friday", "Easter Sunday", "Easter Monday", "May Day", "Ascension Day", "Whit Sunday",
            "National Day", "Midsummer Day", "All Saints' Day", "Christmas Day", "Boxing Day"];
        string[] eves = ["Easter Eve", "Midsummer Eve", "Christmas Eve", "New Year's Eve"];
        Assert.Equal(law.Order(), holidays.Where(h => h.Kind == HolidayKind.PublicHoliday).Select(h => h.Name).Order());
        Assert.Equal(eves.Order(), holidays.Where(h => h.Kind == HolidayKind.AgreementEve).Select(h => h.Name).Order());
        Assert.Equal(holidays.Select(h => h.Date).Order(), holidays.Select(h => h.Date));

        foreach (var (month, day) in new[] { (1, 1), (1, 6), (5, 1), (6, 6), (12, 25), (12, 26) })
            Assert.True(SwedishHolidays.IsPublicHoliday(new LocalDate(year, month, day)), $"{year}-{month}-{day}");
        foreach (var (month, day) in new[] { (12, 24), (12, 31) })
        {
            var eve = new LocalDate(year, month, day);
            Assert.False(SwedishHolidays.IsPublicHoliday(eve));
            Assert.True(SwedishHolidays.IsAgreementHoliday(eve));
            Assert.Equal(HolidayKind.AgreementEve, SwedishHolidays.On(eve)!.Kind);
        }
    }

    [Fact]
    public void A_plain_day_and_a_plain_Sunday_are_no_named_holiday()
    {
        Assert.Null(SwedishHolidays.On(new LocalDate(2026, 3, 10)));
        Assert.Null(SwedishHolidays.On(new LocalDate(2026, 3, 15))); // a Sunday: weekend, not a named holiday
        Assert.False(SwedishHolidays.IsWorkingDay(new LocalDate(2026, 3, 15)));
        Assert.True(SwedishHolidays.IsWorkingDay(new LocalDate(2026, 3, 10)));
    }

    [Fact]
    public void Two_holidays_on_one_date_keep_the_first_listed()
    {
        // 2008: Ascension Day fell on 1 May.
        Assert.Equal(new LocalDate(2008, 5, 1), Easter.Sunday(2008).PlusDays(39));
        Assert.Equal("May Day", SwedishHolidays.On(new LocalDate(2008, 5, 1))!.Name);
    }

    [Theory]
    [InlineData("2026-05-13", "2026-05-15")] // Wednesday before Ascension Day → Friday
    [InlineData("2026-12-23", "2026-12-28")] // Christmas Eve Thursday … Boxing Day Saturday → Monday
    [InlineData("2027-12-30", "2028-01-03")] // New Year's Eve Friday, New Year's Day Saturday → Monday
    [InlineData("2026-04-02", "2026-04-07")] // Maundy Thursday → the Tuesday after Easter Monday
    [InlineData("2026-06-18", "2026-06-22")] // the day before Midsummer Eve → Monday
    public void Next_working_day_skips_weekends_holidays_and_eves(string from, string expected)
    {
        Assert.Equal(D(expected), SwedishHolidays.NextWorkingDayAfter(D(from)));
    }

    [Fact]
    public void Storhelg_periods_run_from_18_the_day_before_to_07_on_the_next_working_day()
    {
        var byName = MajorHolidays.AbHok.ToDictionary(h => h.Name);
        // Easter 2026: Good Friday 3 April → from Thursday 2 April 18:00 to Tuesday 7 April 07:00.
        Assert.Equal((new LocalDateTime(2026, 4, 2, 18, 0), new LocalDateTime(2026, 4, 7, 7, 0)), byName["Easter"].In(2026));
        // Midsummer 2026: Eve Friday 19 June → from Thursday 18 June 18:00 to Monday 22 June 07:00.
        Assert.Equal((new LocalDateTime(2026, 6, 18, 18, 0), new LocalDateTime(2026, 6, 22, 7, 0)), byName["Midsummer"].In(2026));
        // Christmas 2026: Eve Thursday → from Wednesday 23 December 18:00 to Monday 28 December 07:00.
        Assert.Equal((new LocalDateTime(2026, 12, 23, 18, 0), new LocalDateTime(2026, 12, 28, 7, 0)), byName["Christmas"].In(2026));
        // New Year 2026/27: Eve Thursday, New Year's Day Friday → to Monday 4 January 2027 07:00.
        Assert.Equal((new LocalDateTime(2026, 12, 30, 18, 0), new LocalDateTime(2027, 1, 4, 7, 0)), byName["New Year"].In(2026));
    }
}
