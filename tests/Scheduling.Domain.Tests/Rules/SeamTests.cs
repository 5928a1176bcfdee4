using Scheduling.Domain.Reporting;
using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

/// <summary>The checker across the seam: the history before the period counts for every rule that looks back.</summary>
public class SeamTests
{
    private static readonly DailyRestRule ElevenHours = new(Duration.FromHours(11));

    /// <summary>Day index −n: n days before the period's first day (<see cref="TestProblems.Monday"/>).</summary>
    private static LocalDate Before(int n) => Monday.PlusDays(-n);

    [Fact]
    public void A_night_before_the_seam_and_an_early_after_it_break_daily_rest_and_are_marked_as_history()
    {
        // N on the last day before ends 07:00 on day 0, when D starts: no rest at all, 11 h short.
        var problem = Problem(ElevenHours).History(Works(Anna, Before(1), Night)).Build();

        var evaluation = Checking.RuleChecker.Evaluate(problem, RosterOf(Works(Anna, Day0(0), Day)));

        var v = Single(evaluation, RuleIds.DailyRest);
        AssertViolation(v, RuleIds.DailyRest, Anna, [Before(1), Day0(0)], units: 660, penalty: 0, isHard: true);
        Assert.True(v.InvolvesHistory);
        Assert.False(evaluation.IsFeasible);
    }

    [Fact]
    public void A_late_shift_before_the_seam_and_an_early_after_it_rest_nine_hours()
    {
        var problem = Problem(ElevenHours).History(Works(Anna, Before(1), Evening)).Build();

        var v = Single(Checking.RuleChecker.Evaluate(problem, RosterOf(Works(Anna, Day0(0), Day))), RuleIds.DailyRest);

        AssertViolation(v, RuleIds.DailyRest, Anna, [Before(1), Day0(0)], units: 120, penalty: 0, isHard: true);
    }

    [Fact]
    public void A_night_on_the_last_day_before_and_a_late_shift_on_day_one_break_daily_rest()
    {
        // N Sunday 21:00 → Monday 07:00; E Monday 14:00 rests 7 h.
        var problem = Problem(ElevenHours).History(Works(Anna, Before(1), Night)).Build();

        var evaluation = Checking.RuleChecker.Evaluate(problem, RosterOf(Works(Anna, Day0(0), Evening)));

        var v = Single(evaluation, RuleIds.DailyRest);
        AssertViolation(v, RuleIds.DailyRest, Anna, [Before(1), Day0(0)], units: 240, penalty: 0, isHard: true);
        Assert.True(v.InvolvesHistory);
        Assert.False(evaluation.IsFeasible);
    }

    [Fact]
    public void The_same_roster_without_history_passes_and_history_alone_is_not_judged()
    {
        Assert.True(Problem(ElevenHours).Evaluate(RosterOf(Works(Anna, Day0(0), Evening))).IsFeasible);

        // Two history shifts too close to each other are the earlier period's business, not this one's.
        var problem = Problem(ElevenHours).History(Works(Anna, Before(2), Evening), Works(Anna, Before(1), Day)).Build();
        Assert.Empty(Checking.RuleChecker.Evaluate(problem, Roster.Empty).Violations);
    }

    [Fact]
    public void A_six_day_run_across_the_seam_counts_for_max_consecutive_days()
    {
        var rule = new MaxConsecutiveDaysRule(5);
        var problem = Problem(rule).History(Works(Anna, Before(3), Day), Works(Anna, Before(2), Day), Works(Anna, Before(1), Day)).Build();

        // Three days before and three in the period: six in a row.
        var evaluation = Checking.RuleChecker.Evaluate(problem, AnnaWorks(Day, 0, 1, 2));

        var v = Single(evaluation, RuleIds.MaxConsecutiveDays);
        AssertViolation(v, RuleIds.MaxConsecutiveDays, Anna, [Before(3), Day0(2)], units: 1, penalty: 0, isHard: true);
        Assert.True(v.InvolvesHistory);

        // Five in a row across the seam is allowed.
        Assert.True(Checking.RuleChecker.Evaluate(problem, AnnaWorks(Day, 0, 1)).IsFeasible);
    }

    [Fact]
    public void A_run_that_began_in_history_is_judged_whole_for_the_minimum_run()
    {
        var rule = new MinConsecutiveDaysRule(3);

        // Two days before and one after: a run of three, whole.
        var whole = Problem(rule).History(Works(Anna, Before(2), Day), Works(Anna, Before(1), Day)).Build();
        Assert.Empty(Checking.RuleChecker.Evaluate(whole, AnnaWorks(Day, 0)).Violations);

        // One day before, one after, after a day off before it: a run of two from the history's second day.
        var cut = Problem(rule).History(Works(Anna, Before(3), Day), Works(Anna, Before(1), Day)).Build();
        var v = Single(Checking.RuleChecker.Evaluate(cut, AnnaWorks(Day, 0)), RuleIds.MinConsecutiveDays);
        AssertViolation(v, RuleIds.MinConsecutiveDays, Anna, [Before(1), Day0(0)], units: 1, penalty: 0, isHard: true);
        Assert.True(v.InvolvesHistory);
    }

    [Fact]
    public void Days_off_at_the_end_of_history_join_the_days_off_at_the_start_of_the_period()
    {
        var rule = new MinConsecutiveDaysOffRule(2);

        // Worked two days before the last one, off the last day before; day 0 off, day 1 worked: two days off. Fine.
        var problem = Problem(rule).History(Works(Anna, Before(2), Day)).Build();
        Assert.DoesNotContain(Checking.RuleChecker.Evaluate(problem, AnnaWorks(Day, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)).Violations,
            v => v.RuleId == RuleIds.MinConsecutiveDaysOff);

        // Off only the last day before, then worked on day 0: one day off, across the seam.
        var v = Single(Checking.RuleChecker.Evaluate(problem, AnnaWorks(Day, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)), RuleIds.MinConsecutiveDaysOff);
        AssertViolation(v, RuleIds.MinConsecutiveDaysOff, Anna, [Before(1)], units: 1, penalty: 0, isHard: true);
        Assert.True(v.InvolvesHistory);
    }

    [Fact]
    public void A_forbidden_succession_across_the_seam_is_a_violation()
    {
        var rule = new ForbiddenSuccessionsRule([new ShiftSuccession(Night.Code, Day.Code)]);
        var problem = Problem(rule).History(Works(Anna, Before(1), Night)).Build();

        var v = Single(Checking.RuleChecker.Evaluate(problem, AnnaWorks(Day, 0)), RuleIds.ForbiddenSuccessions);
        Assert.Equal([Before(1), Day0(0)], v.Dates.ToArray());
        Assert.True(v.InvolvesHistory);
        Assert.Empty(Checking.RuleChecker.Evaluate(problem, AnnaWorks(Day, 1)).Violations);
    }

    [Fact]
    public void Weekly_rest_windows_that_start_in_history_are_judged()
    {
        var rule = new WeeklyRestRule(Duration.FromHours(36));

        // Days before: early shifts on the last four; in the period early shifts on days 0–2: the windows from day −4 (to
        // day 2: its longest rest is 16 h) and from day −3 (to day 3: 33 h from day 2's 15:00) lack 36 h of rest; the one
        // from day −2 has 57 h. Without history, days 0–6 hold plenty of rest.
        var problem = Problem(rule).Days(7).History(Works(Anna, Before(4), Day), Works(Anna, Before(3), Day), Works(Anna, Before(2), Day), Works(Anna, Before(1), Day)).Build();

        var evaluation = Checking.RuleChecker.Evaluate(problem, AnnaWorks(Day, 0, 1, 2));

        var windows = Of(evaluation, RuleIds.WeeklyRest);
        Assert.Equal(2, windows.Length);
        Assert.Equal([Before(4), Day0(2)], windows[0].Dates.ToArray());
        Assert.Equal([Before(3), Day0(3)], windows[1].Dates.ToArray());
        Assert.All(windows, v => Assert.True(v.InvolvesHistory));
        Assert.True(Problem(rule).Days(7).Evaluate(AnnaWorks(Day, 0, 1, 2)).IsFeasible);
    }

    [Fact]
    public void A_window_the_history_alone_leaves_without_weekly_rest_is_not_charged_to_the_period()
    {
        var rule = new WeeklyRestRule(Duration.FromHours(36));

        // Early shifts on the six days before: the window from day −6 to day 0 has at most 33 h of rest even with day 0
        // off (from day −1's 15:00 to day 1), so nothing the period does can mend it: not judged. The window from day −5
        // is the period's to keep: off on days 0–1 it has 57 h; an early shift on day 0 leaves it 33 h, a violation.
        var history = Enumerable.Range(1, 6).Select(d => Works(Anna, Before(d), Day)).ToArray();
        var problem = Problem(rule).Days(7).History(history).Build();

        Assert.Empty(Of(Checking.RuleChecker.Evaluate(problem, AnnaWorks(Day)), RuleIds.WeeklyRest));
        var windows = Of(Checking.RuleChecker.Evaluate(problem, AnnaWorks(Day, 0)), RuleIds.WeeklyRest);
        var window = Assert.Single(windows);
        Assert.Equal([Before(5), Day0(1)], window.Dates.ToArray());
    }

    [Fact]
    public void Each_weekly_window_across_the_seam_is_judged_by_one_half_as_the_whole_period_judges_it()
    {
        var rule = new WeeklyRestRule(Duration.FromHours(36));

        // Weeks 1–2, then week 3 with weeks 1–2 as history; early shifts on days 9–13 and on day 14 (week 3's first).
        // The window from day 8 lacks the rest whatever week 3 does (31 h and 33 h): week 1–2's to answer for, and week 3
        // excuses it. The window from day 9 has room (57 h if days 14–15 are off): weeks 1–2 leave it to week 3, which
        // with day 14 worked finds 33 h. Together they give the three weeks' verdicts, each window once.
        var firstHalf = AnnaWorks(Day, 9, 10, 11, 12, 13);
        var secondHalf = RosterOf(Works(Anna, Day0(14), Day));
        var first = Problem(rule).Days(14).Evaluate(firstHalf);
        var second = Problem(rule).Period(Day0(14), 7).History(14, [.. firstHalf.Assignments]).Evaluate(secondHalf);
        var whole = Problem(rule).Days(21).Evaluate(RosterOf([.. firstHalf.Assignments, .. secondHalf.Assignments]));

        Assert.Equal([Day0(8)], Of(first, RuleIds.WeeklyRest).Select(v => v.Dates[0]));
        Assert.Equal([Day0(9)], Of(second, RuleIds.WeeklyRest).Select(v => v.Dates[0]));
        Assert.True(Of(second, RuleIds.WeeklyRest).Single().InvolvesHistory);
        Assert.Equal([Day0(8), Day0(9)], Of(whole, RuleIds.WeeklyRest).Select(v => v.Dates[0]));
        Assert.Empty(Of(Problem(rule).Period(Day0(14), 7).History(14, [.. firstHalf.Assignments]).Evaluate(Roster.Empty), RuleIds.WeeklyRest));
    }

    [Fact]
    public void Ordinary_hours_take_the_minutes_worked_in_history_for_the_part_of_the_window_before_the_period()
    {
        // 40 h a week over 2 weeks; a one-week period reaches back one week into history. History: 6 × 10 h nights
        // = 60 h; the period: 3 × 8 h = 24 h; 84 h over 14 days against 80 h allowed: 4 h over.
        var rule = new OrdinaryHoursRule(Duration.FromHours(40), 2);
        var history = Enumerable.Range(1, 6).Select(n => Works(Anna, Before(n + 1), Night)).ToArray();
        var problem = Problem(rule).Days(7).History(14, history).Build();

        var v = Single(Checking.RuleChecker.Evaluate(problem, AnnaWorks(Day, 2, 3, 4)), RuleIds.OrdinaryHours);
        Assert.Equal(4 * 60, v.Units);
        Assert.Equal([Before(7)], v.Dates.ToArray());
        Assert.True(v.InvolvesHistory);

        // The same period without history: 24 h in 7 days of a 40 h week passes.
        Assert.True(Problem(rule).Days(7).Evaluate(AnnaWorks(Day, 2, 3, 4)).IsFeasible);
    }

    [Fact]
    public void Total_hours_count_history_within_the_reference_months()
    {
        // 48 h a week averaged over 1 month; a 7-day period reaches back to the same day a month before its end.
        var rule = new TotalHoursRule(Duration.FromHours(48), 1);
        var history = Enumerable.Range(1, 24).Select(n => Works(Anna, Before(n), Night)).ToArray();
        var problem = Problem(rule).Days(7).History(history).Build();

        var evaluation = Checking.RuleChecker.Evaluate(problem, AnnaWorks(Night, 1, 3, 5));

        // Window 2025-12-12 .. 2026-01-11 (31 days: 24 before, 7 in the period): 27 nights × 10 h = 270 h against 48 × 31 / 7 = 212 h 34 min.
        var v = Single(evaluation, RuleIds.TotalHours);
        Assert.Equal([Before(24)], v.Dates.ToArray());
        Assert.Equal((270 * 60) - (48 * 60 * 31 / 7), v.Units);
    }

    [Fact]
    public void The_english_and_swedish_texts_name_the_history_day()
    {
        var problem = Problem(ElevenHours).History(Works(Anna, Before(1), Night)).Build();
        var v = Single(Checking.RuleChecker.Evaluate(problem, RosterOf(Works(Anna, Day0(0), Evening))), RuleIds.DailyRest);
        Assert.Contains("2026-01-04", v.MessageIn(ReportLanguage.English), StringComparison.Ordinal);
        Assert.Contains("2026-01-04", v.MessageIn(ReportLanguage.Swedish), StringComparison.Ordinal);
    }
}
