using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

public class NightWorkTests
{
    private static readonly NightWorkRule Law = new(Duration.FromHours(8), 4, 33);
    private static readonly ShiftTemplate LongDay = Template("L", 7, 0, 12 * 60);

    [Fact]
    public void Fourteen_ten_hour_nights_break_8_hours_per_24_averaged_pro_rata_by_28_hours()
    {
        // 140 h; the 14-day period is shorter than 4 months: 8 h × 14 = 112 h.
        var evaluation = Problem(Law).Evaluate(AnnaWorks(Night, Enumerable.Range(0, 14).ToArray()));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.NightWork, Anna, [Day0(0)], 28 * 60, 0, isHard: true);
    }

    [Fact]
    public void The_share_of_nights_decides_who_is_a_night_worker()
    {
        // Anna: 5 nights of 14 shifts (36 %), a night worker: 50 h + 108 h = 158 h, 46 h over 112 h.
        // Bo: 1 night of 14 (7 %), not one: his 166 h are total-hours' concern, not this rule's.
        var evaluation = Problem(Law).AddTemplates(LongDay).Evaluate(RosterOf([
            .. Enumerable.Range(0, 14).Select(d => Works(Anna, Day0(d), d < 5 ? Night : LongDay)),
            .. Enumerable.Range(0, 14).Select(d => Works(Bo, Day0(d), d == 0 ? Night : LongDay))]));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.NightWork, Anna, [Day0(0)], 46 * 60, 0, isHard: true);
    }

    [Fact]
    public void A_night_worker_within_the_average_passes_and_soft_costs_weight_times_minutes()
    {
        var soft = new NightWorkRule(Duration.FromHours(8), 4, 33, enforcement: Enforcement.Soft(2));
        var within = Problem(Law).Evaluate(AnnaWorks(Night, 0, 1, 2, 3, 4, 7, 8, 9, 10, 11));
        var over = Problem(soft).Days(1).Evaluate(AnnaWorks(Night, 0));

        Assert.Empty(within.Violations);
        AssertViolation(Assert.Single(over.Violations), RuleIds.NightWork, Anna, [Day0(0)], 120, 240, isHard: false);
    }
}
