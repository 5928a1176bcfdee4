using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

public class WeeklyRestTests
{
    private static readonly WeeklyRestRule ThirtySixHours = new(Duration.FromHours(36));

    [Fact]
    public void Seven_early_shifts_in_a_row_leave_no_36_hour_rest()
    {
        // 16 h between early shifts; the free time adds up to far more than 36 h, but never in one stretch. The window
        // from Tuesday reaches a day past the period: even with that day off, Sunday 15:00 → Tuesday 00:00 is 33 h.
        var evaluation = Problem(ThirtySixHours).Days(7).Evaluate(AnnaWorks(Day, 0, 1, 2, 3, 4, 5, 6));

        var windows = Of(evaluation, RuleIds.WeeklyRest).ToArray();
        Assert.Equal(2, windows.Length);
        AssertViolation(windows[0], RuleIds.WeeklyRest, Anna, [Day0(0), Day0(6)], 1, 0, isHard: true);
        AssertViolation(windows[1], RuleIds.WeeklyRest, Anna, [Day0(1), Day0(6)], 1, 0, isHard: true);
        Assert.Contains("even with the days after the period off", windows[1].Message);
    }

    [Fact]
    public void Weekend_off_gives_the_rest()
    {
        // Friday 15:00 to the window's end (Monday 00:00) is 57 h.
        var evaluation = Problem(ThirtySixHours).Days(7).Evaluate(AnnaWorks(Day, 0, 1, 2, 3, 4));

        Assert.Empty(evaluation.Violations);
    }

    [Fact]
    public void Only_the_windows_lacking_the_rest_count_one_unit_each()
    {
        // 8 days: window Mon–Sun has Sat 15:00 → Mon 00:00 = 33 h; window Tue–Mon has Sat 15:00 → Mon 07:00 = 40 h.
        var soft = new WeeklyRestRule(Duration.FromHours(36), enforcement: Enforcement.Soft(50));
        var evaluation = Problem(soft).Days(8).Evaluate(AnnaWorks(Day, 0, 1, 2, 3, 4, 5, 7));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.WeeklyRest, Anna, [Day0(0), Day0(6)], 1, 50, isHard: false);
    }

    [Fact]
    public void Each_window_inside_the_period_is_checked()
    {
        // 9 days of early shifts: the windows starting on day 0, 1 and 2 inside the period, and the one from day 3, which
        // ends a day after it (day 8 15:00 → day 10 00:00 is 33 h); the one from day 4 has 57 h after the last shift.
        var evaluation = Problem(ThirtySixHours).Days(9).Evaluate(AnnaWorks(Day, 0, 1, 2, 3, 4, 5, 6, 7, 8));

        var windows = Of(evaluation, RuleIds.WeeklyRest).Select(v => (v.Dates[0], v.Dates[1])).ToArray();
        Assert.Equal([(Day0(0), Day0(6)), (Day0(1), Day0(7)), (Day0(2), Day0(8)), (Day0(3), Day0(8))], windows);
    }

    [Fact]
    public void A_period_shorter_than_the_window_is_judged_with_the_days_after_it_off()
    {
        // Six early shifts in a six-day period: the window from day 0 ends a day after the period, and even with that
        // day off it holds only day 5 15:00 → day 7 00:00 = 33 h. Five early shifts leave 57 h.
        var six = Problem(ThirtySixHours).Days(6).Evaluate(AnnaWorks(Day, 0, 1, 2, 3, 4, 5));
        var five = Problem(ThirtySixHours).Days(6).Evaluate(AnnaWorks(Day, 0, 1, 2, 3, 4));

        AssertViolation(Single(six, RuleIds.WeeklyRest), RuleIds.WeeklyRest, Anna, [Day0(0), Day0(5)], 1, 0, isHard: true);
        Assert.Empty(five.Violations);
    }

    [Fact]
    public void A_tail_with_room_for_the_rest_is_left_to_the_next_period()
    {
        // Days 9–13 early in a 14-day period: the window from day 8 holds day 8 00:00 → day 9 07:00 = 31 h and day 13
        // 15:00 → day 15 00:00 = 33 h, too short whatever follows; the one from day 9 has day 13 15:00 → day 16 00:00
        // = 57 h if the next period starts with two days off, so this period does not judge it.
        var evaluation = Problem(ThirtySixHours).Days(14).Evaluate(AnnaWorks(Day, 9, 10, 11, 12, 13));

        AssertViolation(Single(evaluation, RuleIds.WeeklyRest), RuleIds.WeeklyRest, Anna, [Day0(8), Day0(13)], 1, 0, isHard: true);
    }

    [Fact]
    public void The_longest_stretch_counts_to_the_minute()
    {
        // Mon–Fri early, then Saturday 03:00–04:00 and Sunday 16:00–17:00:
        // Fri 15:00 → Sat 03:00 = 12 h, Sat 04:00 → Sun 16:00 = 36 h exactly (passes at 36 h, fails at 36 h 1 min).
        var three = Template("T", 3, 0, 60);
        var four = Template("F", 16, 0, 60);
        var roster = RosterOf([.. AnnaWorks(Day, 0, 1, 2, 3, 4).Assignments, Works(Anna, Day0(5), three), Works(Anna, Day0(6), four)]);

        Assert.Empty(Problem(ThirtySixHours).Days(7).AddTemplates(three, four).Evaluate(roster).Violations);
        // A minute more fails the window inside the period and the one from Tuesday, whose 36 h stretch is the same.
        var stricter = new WeeklyRestRule(Duration.FromMinutes((36 * 60) + 1));
        var windows = Of(Problem(stricter).Days(7).AddTemplates(three, four).Evaluate(roster), RuleIds.WeeklyRest).Select(v => v.Dates[0]);
        Assert.Equal([Day0(0), Day0(1)], windows);
    }

    [Fact]
    public void A_shift_inside_another_does_not_end_the_busy_time()
    {
        // L Monday 20:00 → Tuesday 20:00 contains S Tuesday 08:00–09:00; the rest runs from Tuesday 20:00
        // to Thursday 07:00 (35 h), not from 09:00 (46 h). D Thursday to Saturday leaves 16 h between shifts, and Saturday
        // 15:00 to the end of Monday after the period is 57 h, so only the window inside the period lacks the rest.
        var day = Template("L", 20, 0, 24 * 60);
        var inside = Template("S", 8, 0, 60);
        var roster = RosterOf([Works(Anna, Day0(0), day), Works(Anna, Day0(1), inside), .. AnnaWorks(Day, 3, 4, 5).Assignments]);

        var evaluation = Problem(ThirtySixHours).Days(7).AddTemplates(day, inside).Evaluate(roster);

        AssertViolation(Single(evaluation, RuleIds.WeeklyRest), RuleIds.WeeklyRest, Anna, [Day0(0), Day0(6)], 1, 0, isHard: true);
    }

    [Fact]
    public void Someone_without_shifts_rests_the_whole_window()
    {
        var evaluation = Problem(ThirtySixHours).Days(7).Evaluate(Roster.Empty);

        Assert.Empty(evaluation.Violations);
    }
}
