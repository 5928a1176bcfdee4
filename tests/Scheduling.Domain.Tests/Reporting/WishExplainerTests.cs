using Scheduling.Domain.Reporting;
using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Reporting;

public class WishExplainerTests
{
    private static readonly CompetenceId Med = new("med");

    [Fact]
    public void A_day_shift_after_a_late_one_is_refused_for_daily_rest_with_the_late_shift_named()
    {
        // Evening Monday 14–22, then a day shift Tuesday 07:00: 9 h of rest against 11.
        var wish = new Wish(Anna, Day0(1), WishKind.ShiftOn, Day.Code, 10);
        var problem = Problem(new DailyRestRule(Duration.FromHours(11)), new WishesRule()).Wishes(wish).Build();
        var roster = AnnaWorks(Evening, 0);

        var en = WishExplainer.Explain(problem, roster, wish, ReportLanguage.English);
        var sv = WishExplainer.Explain(problem, roster, wish);

        Assert.Equal((WishReason.HardRule, RuleIds.DailyRest, "Working Hours Act § 13; AB"), (en.Reason, en.RuleId, en.Source));
        Assert.Equal("refused: daily rest 11 h after your E shift on Mon 5 Jan (Working Hours Act § 13; AB)", en.Text);
        Assert.Equal("nekad: dygnsvila 11 h efter ditt pass E mån 5 jan (arbetstidslagen 13 §; AB)", sv.Text);
    }

    [Fact]
    public void A_day_off_that_would_leave_medication_uncovered_names_the_need_and_that_no_one_else_was_free()
    {
        var wish = new Wish(Anna, Day0(0), WishKind.DayOff, null, 10);
        var problem = MedicationProblem(wish, boHoldsMed: false);

        var en = WishExplainer.Explain(problem, AnnaWorks(Day, 0), wish, ReportLanguage.English);

        Assert.Equal((WishReason.Coverage, RuleIds.DemandMinimum), (en.Reason, en.RuleId));
        Assert.Equal("refused: at least 1 staff with med needed 07:00–15:00 on Mon 5 Jan, only 0 present without you; no one else with med was free to take the shift (the unit's demand curve (behovskurva))", en.Text);
        Assert.Equal("nekad: minst 1 personal med kompetens med behövs 07:00–15:00 mån 5 jan, utan dig bara 0 på plats; ingen annan med kompetens med var ledig och kunde ta passet (enhetens behovskurva)",
            WishExplainer.Explain(problem, AnnaWorks(Day, 0), wish).Text);
        Assert.Equal(1000 - 10, en.PenaltyDifference);
        Assert.Equal(1000, en.PenaltyDifferenceByRule[RuleIds.DemandMinimum]);
        Assert.Equal(-10, en.PenaltyDifferenceByRule[RuleIds.Wishes]);
    }

    [Fact]
    public void When_someone_else_could_have_covered_the_explanation_says_who()
    {
        var wish = new Wish(Anna, Day0(0), WishKind.DayOff, null, 10);

        var sv = WishExplainer.Explain(MedicationProblem(wish, boHoldsMed: true), AnnaWorks(Day, 0), wish);

        Assert.Equal(WishReason.Coverage, sv.Reason);
        Assert.EndsWith("; bo kunde ha tagit passet, men det kostar mer på annat håll (enhetens behovskurva)", sv.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_wishers_own_text_counts_the_colleagues_who_could_have_covered_instead_of_naming_them()
    {
        var wish = new Wish(Anna, Day0(0), WishKind.DayOff, null, 10);
        var problem = MedicationProblem(wish, boHoldsMed: true);

        var sv = WishExplainer.Explain(problem, AnnaWorks(Day, 0), [wish], ReportLanguage.Swedish).Single().Explanation;
        var en = WishExplainer.Explain(problem, AnnaWorks(Day, 0), [wish], ReportLanguage.English).Single().Explanation;

        Assert.Contains("bo kunde", sv.Text, StringComparison.Ordinal); // the manager's text names who
        Assert.EndsWith("; en kollega kunde ha tagit passet, men det kostar mer på annat håll (enhetens behovskurva)", sv.OwnText, StringComparison.Ordinal);
        Assert.EndsWith("; a colleague could have taken the shift, at a higher cost elsewhere (the unit's demand curve (behovskurva))", en.OwnText, StringComparison.Ordinal);
        Assert.DoesNotContain("bo", sv.OwnText, StringComparison.Ordinal);

        // Where no colleague is named the two texts are the same.
        var alone = WishExplainer.Explain(MedicationProblem(wish, boHoldsMed: false), AnnaWorks(Day, 0), wish);
        Assert.Equal(alone.Text, alone.OwnText);
    }

    [Fact]
    public void Without_a_hard_rule_or_a_need_the_soft_terms_it_would_cost_are_named()
    {
        var wish = new Wish(Anna, Day0(1), WishKind.ShiftOn, Night.Code, 5);
        var problem = Problem(new WishesRule(), new PreferencesRule()).Wishes(wish)
            .Preferences(new Preference(Anna, PreferenceKind.NoShiftKind, 50, shiftKind: ShiftKind.Night)).Build();

        var en = WishExplainer.Explain(problem, Roster.Empty, wish, ReportLanguage.English);

        Assert.Equal((WishReason.TradeOff, RuleIds.Preferences, 45L), (en.Reason, en.RuleId, en.PenaltyDifference));
        Assert.Equal("refused: granting it alone would add 45 to the penalty: standing preferences +50 (the wish schedule: standing preferences)", en.Text);
    }

    [Fact]
    public void A_shift_off_wish_is_priced_by_the_least_harmful_other_shift_not_only_by_a_day_off()
    {
        // Off would leave Anna below her 8 h (a hard rule); a day or night shift instead costs her preference (50) less the wish (5).
        var wish = new Wish(Anna, Day0(0), WishKind.ShiftOff, Evening.Code, 5);
        var problem = Problem(new PeriodHoursRule(), new WishesRule(), new PreferencesRule()).Wishes(wish)
            .Employees(Person(Anna, new WorkingTimeContract(minimumTotal: Duration.FromHours(8))), Person(Bo))
            .Preferences(new Preference(Anna, PreferenceKind.NoShiftKind, 50, shiftKind: ShiftKind.Day), new Preference(Anna, PreferenceKind.NoShiftKind, 50, shiftKind: ShiftKind.Night))
            .Build();

        var explanation = WishExplainer.Explain(problem, AnnaWorks(Evening, 0), wish, ReportLanguage.English);

        Assert.Equal((WishReason.TradeOff, RuleIds.Preferences, 45L), (explanation.Reason, explanation.RuleId, explanation.PenaltyDifference));
    }

    [Fact]
    public void A_refusal_that_costs_nothing_to_undo_says_the_roster_is_not_optimal()
    {
        var wish = new Wish(Anna, Day0(0), WishKind.DayOff, null, 10);
        var problem = Problem(new WishesRule()).Wishes(wish).Build();

        var explanation = WishExplainer.Explain(problem, AnnaWorks(Day, 0), wish, ReportLanguage.English);

        Assert.Equal((WishReason.NotOptimal, -10L), (explanation.Reason, explanation.PenaltyDifference));
        Assert.Contains("lower the penalty by 10", explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_granted_wish_says_so_in_the_requested_language()
    {
        var wish = new Wish(Anna, Day0(0), WishKind.ShiftOff, Night.Code, 10);
        var problem = Problem(new WishesRule()).Wishes(wish).Build();

        Assert.Equal("granted", WishExplainer.Explain(problem, AnnaWorks(Day, 0), wish, ReportLanguage.English).Text);
        Assert.Equal("beviljad", WishExplainer.Explain(problem, AnnaWorks(Day, 0), wish).Text);
    }

    [Fact]
    public void The_report_explains_every_wish_and_every_preference()
    {
        var refused = new Wish(Anna, Day0(0), WishKind.DayOff, null, 10);
        var granted = new Wish(Bo, Day0(0), WishKind.DayOff, null, 10);
        var problem = Problem(new WishesRule(), new PreferencesRule()).Wishes(refused, granted)
            .Preferences(new Preference(Anna, PreferenceKind.NoShift, 1, shift: Day.Code), new Preference(Bo, PreferenceKind.AtMostWeekends, 1, count: 0)).Build();

        var report = RosterReport.Build(problem, AnnaWorks(Day, 0, 2), ReportLanguage.English);

        Assert.Equal([WishReason.NotOptimal, WishReason.Granted], report.Wishes.Select(w => w.Explanation!.Reason));
        Assert.Equal("not kept: 2 shift(s) against it (Mon 5 Jan, Wed 7 Jan)", report.Preferences[0].Text);
        Assert.True(report.Preferences[1].Kept);
        Assert.Equal(ReportLanguage.English, report.Language);
    }

    [Theory]
    [InlineData(null, ReportLanguage.Swedish)]
    [InlineData("sv", ReportLanguage.Swedish)]
    [InlineData("sv-SE", ReportLanguage.Swedish)]
    [InlineData("en", ReportLanguage.English)]
    [InlineData("EN-gb", ReportLanguage.English)]
    public void Languages_are_read_by_their_primary_tag(string? code, ReportLanguage expected)
    {
        Assert.Equal(expected, ReportLanguages.Parse(code));
    }

    [Fact]
    public void An_unknown_language_is_refused()
    {
        Assert.Throws<DomainException>(() => ReportLanguages.Parse("de"));
    }

    private static RosterProblem MedicationProblem(Wish wish, bool boHoldsMed)
    {
        var slot = new DemandSlot((Monday + new LocalTime(7, 0)).InZoneStrictly(Stockholm).ToInstant(), Med, 1, 1);
        return Problem(new DemandMinimumRule(), new WishesRule())
            .Employees(Person(Anna, competences: new CompetenceGrant(Med)), boHoldsMed ? Person(Bo, competences: new CompetenceGrant(Med)) : Person(Bo))
            .Curve(new DemandCurve(Duration.FromHours(8), [slot]))
            .Wishes(wish)
            .Build();
    }
}
