using Scheduling.Domain.Checking;
using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

/// <summary>
/// The checker across the seam for the rules whose window is longer than a period: overtime (4 weeks or a calendar
/// month, and the year through the overtime carried from earlier periods), night work (reference months) and the
/// weekends a roster may hold (runs of as many weekends as the period has). Each: a roster that breaks it only because of
/// the history, and one that does not.
/// </summary>
public class SeamWindowTests
{
    /// <summary>Day index −n: n days before the period's first day (<see cref="TestProblems.Monday"/>, 2026-01-05).</summary>
    private static LocalDate Before(int n) => Monday.PlusDays(-n);

    /// <summary>48 h per 4 weeks and a year cap far away, so the window is the one that binds.</summary>
    private static readonly OvertimeRule FourWeeks = new(Duration.FromHours(48), Duration.FromHours(50), false, Duration.FromHours(10_000));

    private static readonly WorkingTimeContract FullTime = new(new EmploymentRate(100), Duration.FromHours(40));

    private static ProblemBuilder FullTimeAnna(Rule rule, Duration? overtimeBefore = null) =>
        Problem(rule).Employees(Person(Anna, FullTime with { OvertimeBeforePeriod = overtimeBefore }), Person(Bo));

    /// <summary>Anna's nights on the days <paramref name="from"/> to <paramref name="to"/> before the period (both inclusive, counting back).</summary>
    private static Assignment[] NightsBefore(int from, int to) => [.. Enumerable.Range(from, to - from + 1).Select(n => Works(Anna, Before(n), Night))];

    [Fact]
    public void Overtime_over_four_weeks_counts_the_hours_worked_in_history()
    {
        // A week of full time (5 × 8 h = 40 h) is no overtime on its own. With 18 ten-hour nights in the 21 days before,
        // the 4 weeks from day −21 hold 220 h against 160 h of full time: 60 h of overtime, 12 h over the 48 h cap.
        var history = FullTimeAnna(FourWeeks).Days(7).History(21, NightsBefore(4, 21)).Build();

        var evaluation = RuleChecker.Evaluate(history, AnnaWorks(Day, 0, 1, 2, 3, 4));

        var v = Single(evaluation, RuleIds.Overtime);
        AssertViolation(v, RuleIds.Overtime, Anna, [Before(21)], units: 12 * 60, penalty: 0, isHard: true);
        Assert.True(v.InvolvesHistory);
        Assert.True(FullTimeAnna(FourWeeks).Days(7).Evaluate(AnnaWorks(Day, 0, 1, 2, 3, 4)).IsFeasible);

        // 15 nights (150 h) leave room: 190 h against 160 h is 30 h of overtime, within 48 h.
        var lighter = FullTimeAnna(FourWeeks).Days(7).History(21, NightsBefore(7, 21)).Build();
        Assert.Empty(Of(RuleChecker.Evaluate(lighter, AnnaWorks(Day, 0, 1, 2, 3, 4)), RuleIds.Overtime));
    }

    [Fact]
    public void A_window_the_history_alone_puts_over_the_overtime_cap_charges_only_what_the_period_adds()
    {
        // 21 nights (210 h) over 21 days: with the week's full time (40 h) that is 250 h, 90 h beyond full time, 42 h
        // over the cap; without the period's shifts it would still be 2 h over. Only the period's 40 h are charged, and a
        // period without shifts passes.
        var problem = FullTimeAnna(FourWeeks).Days(7).History(21, NightsBefore(1, 21)).Build();

        Assert.Equal(40 * 60, Single(RuleChecker.Evaluate(problem, AnnaWorks(Day, 0, 1, 2, 3, 4)), RuleIds.Overtime).Units);
        Assert.Empty(RuleChecker.Evaluate(problem, Roster.Empty).Violations);
    }

    [Fact]
    public void The_calendar_month_reaches_back_only_to_the_first_of_the_month()
    {
        // The period starts Monday 5 January: the January window reaches back to the 1st (4 days), the 4-week one to
        // 8 December. Nights on 15–31 December (170 h) count in 4 weeks only: with the week's 7 early shifts (56 h) the
        // 4 weeks hold 226 h against 160 h of full time, 18 h over 48 h; the month's 11 days hold only the 56 h.
        var month = new OvertimeRule(Duration.FromHours(48), Duration.FromHours(50), true, Duration.FromHours(10_000));
        var december = Enumerable.Range(5, 17).Select(n => Works(Anna, Before(n), Night)).ToArray();
        var week = AnnaWorks(Day, 0, 1, 2, 3, 4, 5, 6);
        Assert.Equal(18 * 60, Single(RuleChecker.Evaluate(FullTimeAnna(FourWeeks).Days(7).History(21, december).Build(), week), RuleIds.Overtime).Units);
        Assert.Empty(Of(RuleChecker.Evaluate(FullTimeAnna(month).Days(7).History(21, december).Build(), week), RuleIds.Overtime));

        // 4 nights on 1–4 January (40 h) count in the month: 96 h in its 11 days against 3771 min of full time
        // (40 h × 11 ÷ 7) and a cap of 50 h × 11 ÷ 31 = 1064 min.
        var january = FullTimeAnna(month).Days(7).History(21, [.. december, .. NightsBefore(1, 4)]).Build();
        var v = Single(RuleChecker.Evaluate(january, week), RuleIds.Overtime);
        Assert.Equal([Before(4)], v.Dates.ToArray());
        Assert.Equal((96 * 60) - 3771 - 1064, v.Units);
        Assert.True(v.InvolvesHistory);
    }

    [Fact]
    public void The_year_cap_takes_the_overtime_carried_from_earlier_periods_of_the_year()
    {
        // 12 early shifts in 14 days: 96 h, 16 h beyond full time (80 h); the 4-week cap pro rata is 24 h.
        var law = new OvertimeRule(Duration.FromHours(48), Duration.FromHours(50), false, Duration.FromHours(200));
        var roster = AnnaWorks(Day, 0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12);

        // 195 h worked earlier in the year leave 5 h: 11 h over.
        var v = Single(FullTimeAnna(law, Duration.FromHours(195)).Evaluate(roster), RuleIds.Overtime);
        AssertViolation(v, RuleIds.Overtime, Anna, [], units: 11 * 60, penalty: 0, isHard: true);
        Assert.True(v.InvolvesHistory);
        Assert.Contains("195 h", v.MessageIn(Domain.Reporting.ReportLanguage.English), StringComparison.Ordinal);

        // None carried (a new year): the year leaves 200 h, so only the 4-week cap holds and 16 h pass.
        Assert.Empty(FullTimeAnna(law, Duration.Zero).Evaluate(roster).Violations);

        // Not known: the year's cap pro rata, 200 h × 14 ÷ 365 = 7 h 40 min, and the violation is the period's own.
        var unknown = Single(FullTimeAnna(law).Evaluate(roster), RuleIds.Overtime);
        Assert.Equal((16 * 60) - 460, unknown.Units);
        Assert.False(unknown.InvolvesHistory);
    }

    [Fact]
    public void Night_work_counts_the_history_within_the_reference_months()
    {
        // A night worker's 4 nights in a 7-day period (40 h against 8 h × 7 = 56 h) pass alone. With 30 days of history
        // holding 28 nights, the window from day −30 holds 320 h against 8 h × 37 = 296 h: 24 h over.
        var law = new NightWorkRule(Duration.FromHours(8), 4, 33);
        Assert.Empty(Problem(law).Days(7).Evaluate(AnnaWorks(Night, 0, 2, 4, 6)).Violations);

        var problem = Problem(law).Days(7).History(30, NightsBefore(3, 30)).Build();
        var v = Single(RuleChecker.Evaluate(problem, AnnaWorks(Night, 0, 2, 4, 6)), RuleIds.NightWork);
        AssertViolation(v, RuleIds.NightWork, Anna, [Before(30)], units: 24 * 60, penalty: 0, isHard: true);
        Assert.True(v.InvolvesHistory);

        // 20 nights (200 h) leave 96 h for the period: its 40 h pass.
        Assert.Empty(RuleChecker.Evaluate(Problem(law).Days(7).History(30, NightsBefore(11, 30)).Build(), AnnaWorks(Night, 0, 2, 4, 6)).Violations);

        // 30 nights (300 h) alone pass 296 h: only the period's own 40 h are charged.
        var full = Problem(law).Days(7).History(30, NightsBefore(1, 30)).Build();
        Assert.Equal(40 * 60, Single(RuleChecker.Evaluate(full, AnnaWorks(Night, 1, 2, 4, 6)), RuleIds.NightWork).Units);
    }

    [Fact]
    public void Every_other_weekend_holds_across_the_seam()
    {
        // At most 1 of the period's 2 weekends (10–11 and 17–18 January). Anna worked the weekend before, 3–4 January:
        // working the first weekend too is two in a row, one too many in the run from 3 January; the second is fine.
        var rule = new MaxWeekendsRule(1);
        var problem = Problem(rule).History(Works(Anna, Before(2), Day), Works(Anna, Before(1), Day)).Build();
        var saturday = new LocalDate(2026, 1, 10);

        var v = Single(RuleChecker.Evaluate(problem, RosterOf(Works(Anna, saturday, Day))), RuleIds.MaxWeekends);
        AssertViolation(v, RuleIds.MaxWeekends, Anna, [Before(2), saturday], units: 1, penalty: 0, isHard: true);
        Assert.True(v.InvolvesHistory);
        Assert.Contains("2 of 2 weekends in a row from 2026-01-03", v.MessageIn(Domain.Reporting.ReportLanguage.English), StringComparison.Ordinal);

        Assert.Empty(RuleChecker.Evaluate(problem, RosterOf(Works(Anna, new LocalDate(2026, 1, 17), Day))).Violations);
        Assert.Empty(Problem(rule).Evaluate(RosterOf(Works(Anna, saturday, Day))).Violations);
    }

    [Fact]
    public void Weekends_the_history_alone_puts_over_the_limit_are_not_charged_to_the_period()
    {
        // No weekends allowed, and the one before the period worked: nothing the period does mends the run from it, so a
        // period without weekend shifts passes; a weekend it works is charged once in each run that holds it (in the run
        // from 4 January the one it adds, not the history's too).
        var problem = Problem(new MaxWeekendsRule(0)).History(Works(Anna, Before(1), Day)).Build();

        Assert.Empty(RuleChecker.Evaluate(problem, AnnaWorks(Day, 0, 1, 2)).Violations);
        var charged = Of(RuleChecker.Evaluate(problem, RosterOf(Works(Anna, new LocalDate(2026, 1, 10), Day))), RuleIds.MaxWeekends);
        Assert.Equal(2, charged.Length);
        Assert.All(charged, c => Assert.Equal(1, c.Units));
    }
}
