using NodaTime.Text;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests;

public class TimeAndDstTests
{
    private static readonly LocalDate SpringSaturday = new(2026, 3, 28);
    private static readonly LocalDate SpringSunday = new(2026, 3, 29);
    private static readonly LocalDate AutumnSaturday = new(2026, 10, 24);
    private static readonly LocalDate AutumnSunday = new(2026, 10, 25);

    private static Instant Utc(string text) => InstantPattern.General.Parse(text).Value;

    [Fact]
    public void Night_into_spring_forward_lasts_nine_hours()
    {
        var interval = Night.IntervalOn(SpringSaturday, Stockholm);

        Assert.Equal(Utc("2026-03-28T20:00:00Z"), interval.Start);
        Assert.Equal(Utc("2026-03-29T05:00:00Z"), interval.End);
        Assert.Equal(Duration.FromHours(9), interval.Duration);
        Assert.Equal(Duration.FromHours(9), Night.WorkingTimeOn(SpringSaturday, Stockholm));
    }

    [Fact]
    public void Night_into_fall_back_lasts_eleven_hours()
    {
        var interval = Night.IntervalOn(AutumnSaturday, Stockholm);

        Assert.Equal(Utc("2026-10-24T19:00:00Z"), interval.Start);
        Assert.Equal(Utc("2026-10-25T06:00:00Z"), interval.End);
        Assert.Equal(Duration.FromHours(11), Night.WorkingTimeOn(AutumnSaturday, Stockholm));
    }

    [Fact]
    public void Ordinary_night_lasts_ten_hours_and_break_is_deducted()
    {
        var withBreak = Template("NB", 21, 0, 10 * 60, ShiftKind.Night, unpaidBreakMinutes: 45);

        Assert.Equal(Duration.FromHours(10), Night.IntervalOn(Monday, Stockholm).Duration);
        Assert.Equal(Duration.FromMinutes(9 * 60 + 15), withBreak.WorkingTimeOn(Monday, Stockholm));
        Assert.Equal(Duration.FromMinutes(8 * 60 + 15), withBreak.WorkingTimeOn(SpringSaturday, Stockholm));
        Assert.Equal(new LocalTime(7, 0), Night.End);
    }

    [Theory]
    [InlineData(2026, 3, 28, 60, 0)]
    [InlineData(2026, 10, 24, 0, 60)]
    [InlineData(2026, 1, 10, 0, 0)]
    public void Period_hours_count_real_working_time_across_dst(int year, int month, int day, long under, long over)
    {
        // Bounds of exactly 10 h: the night is 9 h (spring), 11 h (autumn) or 10 h.
        var date = new LocalDate(year, month, day);
        var contract = new WorkingTimeContract(minimumTotal: Duration.FromHours(10), maximumTotal: Duration.FromHours(10));
        var evaluation = Problem(new PeriodHoursRule()).Period(date, 1).Employees(Person(Anna, contract)).Evaluate(RosterOf(Works(Anna, date, Night)));

        Assert.Equal(under, evaluation.Violations.Where(v => v.Message.Contains("at least", StringComparison.Ordinal)).Sum(v => v.Units));
        Assert.Equal(over, evaluation.Violations.Where(v => v.Message.Contains("at most", StringComparison.Ordinal)).Sum(v => v.Units));
        Assert.Equal(under + over == 0 ? 0 : 1, evaluation.Violations.Length);
    }

    [Fact]
    public void Hours_target_counts_the_autumn_night_as_eleven_hours()
    {
        // 100 % of 35 h over 2 days = 10 h target; the autumn night is 11 h: 60 min away.
        var contract = new WorkingTimeContract(new EmploymentRate(100), Duration.FromHours(35));
        var evaluation = Problem(new HoursTargetRule(1)).Period(AutumnSaturday, 2).Employees(Person(Anna, contract))
            .Evaluate(RosterOf(Works(Anna, AutumnSaturday, Night)));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.HoursTarget, Anna, [], 60, 60, isHard: false);
    }

    [Fact]
    public void Max_shift_measures_real_length_across_fall_back()
    {
        // 21:00 + 12 h 30 min on the clock is 13 h 30 min real in the autumn night: 30 min over 13 h.
        var longNight = Template("LN", 21, 0, 12 * 60 + 30, ShiftKind.Night);
        var problem = Problem(new MaxShiftLengthRule(Duration.FromHours(13))).Period(new LocalDate(2026, 10, 19), 7).Templates(longNight);

        AssertViolation(Assert.Single(problem.Evaluate(RosterOf(Works(Anna, AutumnSaturday, longNight))).Violations),
            RuleIds.MaxShiftLength, Anna, [AutumnSaturday], 30, 0, isHard: true);
        Assert.Empty(problem.Evaluate(RosterOf(Works(Anna, new LocalDate(2026, 10, 23), longNight))).Violations);
    }

    [Fact]
    public void Daily_rest_over_spring_forward_is_an_hour_shorter_than_the_clock_says()
    {
        // E ends Saturday 22:00 CET (21:00Z); a 09:00 start on Sunday is 09:00 CEST (07:00Z): 10 h, not 11.
        var nine = Template("M", 9, 0, 6 * 60);
        var evaluation = Problem(new DailyRestRule(Duration.FromHours(11))).Period(SpringSaturday, 2).AddTemplates(nine)
            .Evaluate(RosterOf(Works(Anna, SpringSaturday, Evening), Works(Anna, SpringSunday, nine)));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.DailyRest, Anna, [SpringSaturday, SpringSunday], 60, 0, isHard: true);
    }

    [Fact]
    public void Daily_rest_over_fall_back_is_an_hour_longer_than_the_clock_says()
    {
        // E ends Saturday 22:00 CEST (20:00Z); an 08:00 start on Sunday is 08:00 CET (07:00Z): 11 h, not 10.
        var eight = Template("M", 8, 0, 6 * 60);
        var evaluation = Problem(new DailyRestRule(Duration.FromHours(11))).Period(AutumnSaturday, 2).AddTemplates(eight)
            .Evaluate(RosterOf(Works(Anna, AutumnSaturday, Evening), Works(Anna, AutumnSunday, eight)));

        Assert.Empty(evaluation.Violations);
    }

    [Theory]
    [InlineData(2026, 3, 28)]
    [InlineData(2026, 10, 24)]
    public void Daily_rest_after_a_dst_night_is_measured_from_its_real_end(int year, int month, int day)
    {
        // The night ends 07:00 local on the DST Sunday; an 18:00 start leaves 11 h on instants either way.
        var saturday = new LocalDate(year, month, day);
        var six = Template("S", 18, 0, 4 * 60);
        var problem = Problem(new DailyRestRule(Duration.FromHours(11))).Period(saturday, 2).AddTemplates(six);
        var roster = RosterOf(Works(Anna, saturday, Night), Works(Anna, saturday.PlusDays(1), six));

        Assert.Empty(problem.Evaluate(roster).Violations);
        var stricter = Problem(new DailyRestRule(Duration.FromHours(12))).Period(saturday, 2).AddTemplates(six).Evaluate(roster);
        AssertViolation(Assert.Single(stricter.Violations), RuleIds.DailyRest, Anna, [saturday, saturday.PlusDays(1)], 60, 0, isHard: true);
    }

    [Fact]
    public void Weekly_rest_window_over_spring_forward_is_measured_on_instants()
    {
        // Mon 23 – Sun 29 March. D Mon–Fri ends Friday 15:00 CET (14:00Z); a 03:30 start on Sunday is 03:30 CEST (01:30Z):
        // 35 h 30 min of rest, although the clock shows 36 h 30 min.
        var early = Template("W", 3, 30, 4 * 60);
        var monday = new LocalDate(2026, 3, 23);
        var roster = RosterOf([.. Enumerable.Range(0, 5).Select(d => Works(Anna, monday.PlusDays(d), Day)), Works(Anna, SpringSunday, early)]);

        var evaluation = Problem(new WeeklyRestRule(Duration.FromHours(36))).Period(monday, 7).AddTemplates(early).Evaluate(roster);

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.WeeklyRest, Anna, [monday, SpringSunday], 1, 0, isHard: true);
        var lenient = Problem(new WeeklyRestRule(Duration.FromMinutes(35 * 60 + 30))).Period(monday, 7).AddTemplates(early).Evaluate(roster);
        Assert.Empty(lenient.Violations);
    }

    [Fact]
    public void Template_starting_in_the_spring_gap_is_moved_forward_by_the_gap()
    {
        // 02:30 does not exist on 29 March 2026: it starts 03:30 CEST (01:30Z) and ends 10:30 CEST (08:30Z), 7 h.
        var early = Template("G", 2, 30, 8 * 60);

        var interval = early.IntervalOn(SpringSunday, Stockholm);

        Assert.Equal(Utc("2026-03-29T01:30:00Z"), interval.Start);
        Assert.Equal(Utc("2026-03-29T08:30:00Z"), interval.End);
        Assert.Equal(Duration.FromHours(7), early.WorkingTimeOn(SpringSunday, Stockholm));
    }

    [Fact]
    public void Template_starting_in_the_autumn_overlap_takes_the_earlier_instant()
    {
        // 02:30 happens twice on 25 October 2026: the first (CEST, 00:30Z) is taken; 10:30 CET is 09:30Z, 9 h.
        var early = Template("G", 2, 30, 8 * 60);

        var interval = early.IntervalOn(AutumnSunday, Stockholm);

        Assert.Equal(Utc("2026-10-25T00:30:00Z"), interval.Start);
        Assert.Equal(Duration.FromHours(9), interval.Duration);
    }

    [Fact]
    public void One_day_period()
    {
        var period = new SchedulePeriod(SpringSunday, 1, Stockholm);

        Assert.Equal([SpringSunday], period.Dates);
        Assert.Equal(new LocalDate(2026, 3, 30), period.End);
        Assert.Equal(0, period.IndexOf(SpringSunday));
        Assert.Equal(-1, period.IndexOf(SpringSaturday));
        Assert.Equal(-1, period.IndexOf(period.End));
        // The spring Sunday has 23 hours, the autumn one 25.
        Assert.Equal(Duration.FromHours(23), period.EndInstant - period.StartInstant);
        var autumn = new SchedulePeriod(AutumnSunday, 1, Stockholm);
        Assert.Equal(Duration.FromHours(25), autumn.EndInstant - autumn.StartInstant);
    }

    [Fact]
    public void One_day_period_checks_its_single_day()
    {
        var problem = Problem(new MinConsecutiveDaysRule(2, BindAtHorizonEdges: true), new MinConsecutiveDaysOffRule(2, BindAtHorizonEdges: true))
            .Period(Monday, 1);

        var evaluation = problem.Evaluate(RosterOf(Works(Anna, Monday, Day)));

        AssertViolation(Single(evaluation, RuleIds.MinConsecutiveDays), RuleIds.MinConsecutiveDays, Anna, [Monday], 1, 0, isHard: true);
        AssertViolation(Single(evaluation, RuleIds.MinConsecutiveDaysOff), RuleIds.MinConsecutiveDaysOff, Bo, [Monday], 1, 0, isHard: true);
        Assert.Equal(2, evaluation.Violations.Length);
    }

    [Fact]
    public void Period_across_a_leap_day()
    {
        var period = new SchedulePeriod(new LocalDate(2028, 2, 27), 4, Stockholm);

        Assert.Equal([new LocalDate(2028, 2, 27), new LocalDate(2028, 2, 28), new LocalDate(2028, 2, 29), new LocalDate(2028, 3, 1)], period.Dates);
        Assert.Equal(2, period.IndexOf(new LocalDate(2028, 2, 29)));
        Assert.Equal(new LocalDate(2028, 3, 2), period.End);
    }

    [Fact]
    public void Leap_day_is_a_day_like_any_other_for_the_checker()
    {
        // Four days in a row across 29 February with at most three: one window.
        var start = new LocalDate(2028, 2, 27);
        var evaluation = Problem(new MaxConsecutiveDaysRule(3)).Period(start, 4)
            .Evaluate(new Roster([.. Enumerable.Range(0, 4).Select(d => Works(Anna, start.PlusDays(d), Day))]));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.MaxConsecutiveDays, Anna, [start, new LocalDate(2028, 3, 1)], 1, 0, isHard: true);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(367)]
    public void Period_length_out_of_range_is_rejected(int days)
    {
        var ex = Assert.Throws<DomainException>(() => new SchedulePeriod(Monday, days, Stockholm));
        Assert.Contains(days.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_of_a_leap_year_is_accepted()
    {
        Assert.Equal(366, new SchedulePeriod(new LocalDate(2028, 1, 1), 366, Stockholm).Dates.Count());
        Assert.Throws<DomainException>(() => new SchedulePeriod(Monday, 7, null!));
    }

    [Fact]
    public void Default_zone_is_Stockholm()
    {
        Assert.Equal("Europe/Stockholm", SchedulePeriod.DefaultZone.Id);
    }

    [Fact]
    public void Checker_uses_the_period_zone()
    {
        // In UTC the night is 10 h even on 28 March.
        var contract = new WorkingTimeContract(minimumTotal: Duration.FromHours(10), maximumTotal: Duration.FromHours(10));
        var problem = Problem(new PeriodHoursRule()).Period(SpringSaturday, 1).InZone(DateTimeZone.Utc).Employees(Person(Anna, contract)).Build();

        Assert.Empty(RuleChecker.Evaluate(problem, RosterOf(Works(Anna, SpringSaturday, Night))).Violations);
    }
}
