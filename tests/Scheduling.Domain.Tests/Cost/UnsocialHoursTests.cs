using Scheduling.Domain.Cost;

namespace Scheduling.Domain.Tests.Cost;

/// <summary>
/// The default OB table (weekday evening 19–22, night 22–06, weekend Fri 19 → Mon 07 and from 19 before a holiday,
/// night before a weekend or holiday, storhelg, storhelg night) evaluated on instants in Stockholm.
/// </summary>
public class UnsocialHoursTests
{
    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];
    private static readonly UnsocialHoursEvaluator Default = new(UnsocialHoursTable.KommunalHok2026, Stockholm);

    /// <summary>Minutes by window code for a local start and a nominal length, as a shift template places it.</summary>
    private static Dictionary<string, long> Split(int year, int month, int day, int hour, int lengthHours)
    {
        var template = new ShiftTemplate(new ShiftCode("S"), new LocalTime(hour, 0), Duration.FromHours(lengthHours), ShiftKind.Day);
        var split = Default.Split(template.IntervalOn(new LocalDate(year, month, day), Stockholm));
        var result = UnsocialHoursTable.KommunalHok2026.Windows.Select((w, i) => (w.Code, Minutes: split.MinutesByWindow[i]))
            .Where(x => x.Minutes > 0).ToDictionary(x => x.Code, x => x.Minutes);
        if (split.OrdinaryMinutes > 0) result["ordinary"] = split.OrdinaryMinutes;
        return result;
    }

    private static Dictionary<string, long> Expect(params (string Code, long Minutes)[] parts) => parts.ToDictionary(p => p.Code, p => p.Minutes);

    [Fact]
    public void Weekday_evening_pays_from_19_to_22()
    {
        // Tuesday 13 January 2026, 14:00–22:00: 5 h ordinary, 3 h evening.
        Assert.Equal(Expect(("ordinary", 300), ("weekday-evening", 180)), Split(2026, 1, 13, 14, 8));
    }

    [Fact]
    public void Weekday_night_is_evening_then_night_then_ordinary()
    {
        // Tuesday 21:00 → Wednesday 07:00: 21–22 evening, 22–06 night, 06–07 nothing.
        Assert.Equal(Expect(("weekday-evening", 60), ("night", 480), ("ordinary", 60)), Split(2026, 1, 13, 21, 10));
    }

    [Fact]
    public void Overlapping_windows_pay_the_highest()
    {
        // Friday 16 January 14:00–22:00: 19–22 is both weekday evening (26.40) and weekend (68.10): weekend.
        Assert.Equal(Expect(("ordinary", 300), ("weekend", 180)), Split(2026, 1, 16, 14, 8));
        // Friday 21:00 → Saturday 07:00: 22–06 is night (58.40), weekend (68.10) and night before a weekend (78.30).
        Assert.Equal(Expect(("weekend", 120), ("night-before-weekend", 480)), Split(2026, 1, 16, 21, 10));
        // Sunday 21:00 → Monday 07:00: the weekend lasts to Monday 07:00 and beats the plain night.
        Assert.Equal(Expect(("weekend", 600)), Split(2026, 1, 18, 21, 10));
        // Monday 07:00–15:00 after it: nothing.
        Assert.Equal(Expect(("ordinary", 480)), Split(2026, 1, 19, 7, 8));
    }

    [Fact]
    public void Spring_DST_night_is_an_hour_shorter()
    {
        // Saturday 28 March 2026 21:00 → Sunday 07:00 is 9 h real: the clock jumps 02:00 → 03:00, so the night
        // window 22–06 holds 7 h.
        Assert.Equal(Expect(("weekend", 120), ("night-before-weekend", 420)), Split(2026, 3, 28, 21, 10));
    }

    [Fact]
    public void Autumn_DST_night_is_an_hour_longer()
    {
        // Saturday 24 October 2026 21:00 → Sunday 07:00 is 11 h real: 03:00 → 02:00, the night window holds 9 h.
        Assert.Equal(Expect(("weekend", 120), ("night-before-weekend", 540)), Split(2026, 10, 24, 21, 10));
    }

    [Fact]
    public void A_weekday_holiday_pays_weekend_from_19_the_day_before_to_07_on_the_next_working_day()
    {
        // Ascension Day, Thursday 14 May 2026.
        Assert.Equal(Expect(("ordinary", 300), ("weekend", 180)), Split(2026, 5, 13, 14, 8));
        Assert.Equal(Expect(("weekend", 480)), Split(2026, 5, 14, 7, 8));
        Assert.Equal(Expect(("ordinary", 480)), Split(2026, 5, 15, 7, 8));
        // The night into the holiday is a night before a holiday.
        Assert.Equal(Expect(("weekend", 120), ("night-before-weekend", 480)), Split(2026, 5, 13, 21, 10));
    }

    [Fact]
    public void Storhelg_and_storhelg_night_at_Christmas()
    {
        // Christmas 2026: storhelg from Wednesday 23 December 18:00 to Monday 28 December 07:00.
        Assert.Equal(Expect(("ordinary", 240), ("storhelg", 240)), Split(2026, 12, 23, 14, 8));
        Assert.Equal(Expect(("storhelg", 120), ("storhelg-night", 480)), Split(2026, 12, 24, 21, 10));
        Assert.Equal(Expect(("storhelg", 120), ("storhelg-night", 480)), Split(2026, 12, 27, 21, 10));
        Assert.Equal(Expect(("ordinary", 480)), Split(2026, 12, 28, 7, 8));
    }

    [Fact]
    public void Easter_night_across_the_spring_change_in_2027()
    {
        // Easter Sunday 28 March 2027 is also the night the clock jumps: 9 h real, 7 of them storhelg night.
        Assert.Equal(Expect(("storhelg", 120), ("storhelg-night", 420)), Split(2027, 3, 27, 21, 10));
    }

    [Fact]
    public void A_custom_table_pays_only_its_own_windows()
    {
        var table = new UnsocialHoursTable("t", "test",
        [
            new UnsocialHoursWindow("late", "Late", 10m, [new WindowOpening(new LocalTime(18, 0), new LocalTime(23, 0))]),
            new UnsocialHoursWindow("sunday", "Sunday", 10m, [new WindowOpening(LocalTime.Midnight, LocalTime.Midnight, [IsoDayOfWeek.Sunday])]),
        ], []);
        var evaluator = new UnsocialHoursEvaluator(table, Stockholm);
        // Sunday 18 January 2026 16:00–24:00: 16–18 Sunday, 18–23 late or Sunday (equal rates: the first listed), 23–24 Sunday.
        var interval = new Interval(new LocalDateTime(2026, 1, 18, 16, 0).InZoneLeniently(Stockholm).ToInstant(), new LocalDateTime(2026, 1, 19, 0, 0).InZoneLeniently(Stockholm).ToInstant());
        var split = evaluator.Split(interval);
        Assert.Equal([300L, 180L], split.MinutesByWindow.ToArray());
        Assert.Equal(0, split.OrdinaryMinutes);
    }

    [Fact]
    public void Invalid_windows_are_refused()
    {
        Assert.Throws<DomainException>(() => new WindowOpening(new LocalTime(22, 0), new LocalTime(6, 0), daysLater: 0));
        Assert.Throws<DomainException>(() => new WindowOpening(new LocalTime(22, 0), new LocalTime(6, 0), daysLater: 1, toNextWorkingDay: true));
        Assert.Throws<DomainException>(() => new UnsocialHoursWindow("x", "x", -1m, [new WindowOpening(LocalTime.Midnight, LocalTime.Noon)]));
        Assert.Throws<DomainException>(() => new UnsocialHoursWindow("x", "x", 1.234m, [new WindowOpening(LocalTime.Midnight, LocalTime.Noon)]));
        Assert.Throws<DomainException>(() => new UnsocialHoursWindow("x", "x", 1m, []));
    }
}
