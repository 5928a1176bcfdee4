using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

public class DailyRestTests
{
    private static readonly DailyRestRule ElevenHours = new(Duration.FromHours(11));

    [Fact]
    public void Late_then_early_rests_nine_hours_and_is_120_minutes_short()
    {
        // E Monday ends 22:00, D Tuesday starts 07:00: 9 h of rest.
        var evaluation = Problem(ElevenHours).Evaluate(RosterOf(Works(Anna, Day0(0), Evening), Works(Anna, Day0(1), Day)));

        var v = Assert.Single(evaluation.Violations);
        AssertViolation(v, RuleIds.DailyRest, Anna, [Day0(0), Day0(1)], units: 120, penalty: 0, isHard: true);
        Assert.Equal("arbetstidslagen 13 §; AB", v.Source);
        Assert.Equal("Working Hours Act § 13; AB", RuleRegistry.Source(v.RuleId, v.Source, Scheduling.Domain.Reporting.ReportLanguage.English));
        Assert.Equal("anna vilar 9 h mellan E 2026-01-05 och D 2026-01-06; minst 11 h krävs", v.MessageIn(Scheduling.Domain.Reporting.ReportLanguage.Swedish));
        Assert.Equal("anna rests 9 h between E on 2026-01-05 and D on 2026-01-06; at least 11 h required", v.MessageIn(Scheduling.Domain.Reporting.ReportLanguage.English));
    }

    [Fact]
    public void Soft_daily_rest_costs_minutes_short_times_weight()
    {
        var rule = new DailyRestRule(Duration.FromHours(11), enforcement: Enforcement.Soft(3));

        var evaluation = Problem(rule).Evaluate(RosterOf(Works(Anna, Day0(0), Evening), Works(Anna, Day0(1), Day)));

        AssertViolation(Single(evaluation, RuleIds.DailyRest), RuleIds.DailyRest, Anna, [Day0(0), Day0(1)], 120, 360, isHard: false);
        Assert.Equal(360, evaluation.Penalty);
        Assert.True(evaluation.IsFeasible);
    }

    [Fact]
    public void Two_early_shifts_rest_sixteen_hours_and_pass()
    {
        var evaluation = Problem(ElevenHours).Evaluate(AnnaWorks(Day, 0, 1, 2));

        Assert.Empty(evaluation.Violations);
    }

    [Fact]
    public void Exactly_the_minimum_rest_passes_and_one_minute_less_is_one_minute_short()
    {
        // E ends 22:00; a 09:00 start rests exactly 11 h, an 08:59 start 10 h 59 min.
        var nine = Template("M", 9, 0, 6 * 60);
        var almostNine = Template("M1", 8, 59, 6 * 60);
        var problem = Problem(ElevenHours).AddTemplates(nine, almostNine);

        Assert.Empty(problem.Evaluate(RosterOf(Works(Anna, Day0(0), Evening), Works(Anna, Day0(1), nine))).Violations);
        var v = Assert.Single(problem.Evaluate(RosterOf(Works(Anna, Day0(0), Evening), Works(Anna, Day0(1), almostNine))).Violations);
        AssertViolation(v, RuleIds.DailyRest, Anna, [Day0(0), Day0(1)], 1, 0, isHard: true);
    }

    [Fact]
    public void Back_to_back_shifts_rest_zero_and_are_the_whole_minimum_short_without_overlap()
    {
        // N Monday ends 07:00 Tuesday, D Tuesday starts 07:00: touching, not overlapping (end exclusive).
        var evaluation = Problem(ElevenHours).Evaluate(RosterOf(Works(Anna, Day0(0), Night), Works(Anna, Day0(1), Day)));

        var v = Assert.Single(evaluation.Violations);
        AssertViolation(v, RuleIds.DailyRest, Anna, [Day0(0), Day0(1)], 660, 0, isHard: true);
    }

    [Fact]
    public void Overlapping_pair_belongs_to_no_overlap_not_daily_rest()
    {
        // N Monday 21:00–07:00, an early 06:00 shift on Tuesday starts inside it.
        var early = Template("X", 6, 0, 8 * 60);
        var evaluation = Problem(ElevenHours).AddTemplates(early).Evaluate(RosterOf(Works(Anna, Day0(0), Night), Works(Anna, Day0(1), early)));

        Assert.Empty(Of(evaluation, RuleIds.DailyRest));
        AssertViolation(Single(evaluation, RuleIds.NoOverlap), RuleIds.NoOverlap, Anna, [Day0(0), Day0(1)], 1, 0, isHard: true);
    }

    [Fact]
    public void Every_pair_of_shifts_is_checked_not_only_neighbours()
    {
        // L Monday 20:00 → Tuesday 14:00; S Tuesday 16:00–17:00; Z Wednesday 00:00–01:00.
        // Pairs: L→S 2 h (540 short), L→Z 10 h (60 short), S→Z 7 h (240 short).
        var longShift = Template("L", 20, 0, 18 * 60);
        var shortShift = Template("S", 16, 0, 60);
        var midnight = Template("Z", 0, 0, 60);
        var evaluation = Problem(ElevenHours).Templates(longShift, shortShift, midnight)
            .Evaluate(RosterOf(Works(Anna, Day0(0), longShift), Works(Anna, Day0(1), shortShift), Works(Anna, Day0(2), midnight)));

        var found = Of(evaluation, RuleIds.DailyRest).Select(v => (v.Dates[0], v.Dates[1], v.Units)).Order().ToArray();
        Assert.Equal([(Day0(0), Day0(1), 540L), (Day0(0), Day0(2), 60L), (Day0(1), Day0(2), 240L)], found);
        Assert.Equal(3, evaluation.Violations.Length);
    }

    [Fact]
    public void Rest_is_per_employee()
    {
        var evaluation = Problem(ElevenHours).Evaluate(RosterOf(Works(Anna, Day0(0), Evening), Works(Bo, Day0(1), Day)));

        Assert.Empty(evaluation.Violations);
    }
}
