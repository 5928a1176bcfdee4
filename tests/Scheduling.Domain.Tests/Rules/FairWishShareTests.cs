using Scheduling.Domain.Fairness;
using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

public class FairWishShareTests
{
    private static readonly Wish AnnaOffMonday = new(Anna, Day0(0), WishKind.DayOff, null, 10);
    private static readonly Wish AnnaNightTuesday = new(Anna, Day0(1), WishKind.ShiftOn, Night.Code, 30);
    private static readonly Wish BoOffMonday = new(Bo, Day0(0), WishKind.DayOff, null, 5);

    private static ProblemBuilder WithWishes(FairWishShareRule rule) => Problem(rule).Wishes(AnnaOffMonday, AnnaNightTuesday, BoOffMonday);

    [Fact]
    public void A_quarter_of_the_weight_refused_is_charged_once()
    {
        // Anna works Monday (10 of her 40 refused: 25 %) and her Tuesday night: breakpoints 0, 25, 50, 75 → 25.
        var evaluation = WithWishes(new FairWishShareRule(2)).Evaluate(AnnaWorks(Night, 0, 1));

        AssertViolation(Single(evaluation, RuleIds.FairWishShare), RuleIds.FairWishShare, Anna, [Day0(0)], 25, 50, isHard: false);
    }

    [Fact]
    public void Everything_refused_escalates_above_each_breakpoint()
    {
        // Anna: 100 % refused → 100 + 75 + 50 + 25 = 250; Bo: 100 % → 250.
        var roster = RosterOf(Works(Anna, Day0(0), Day), Works(Bo, Day0(0), Day));

        var evaluation = WithWishes(new FairWishShareRule(1)).Evaluate(roster);

        AssertViolation(evaluation.Violations[0], RuleIds.FairWishShare, Anna, [Day0(0), Day0(1)], 250, 250, isHard: false);
        AssertViolation(evaluation.Violations[1], RuleIds.FairWishShare, Bo, [Day0(0)], 250, 250, isHard: false);
    }

    [Fact]
    public void Spreading_refusals_costs_less_than_piling_them_on_one_person()
    {
        // Two equal wishes each: one refused of each person (50 % + 50 %: 75 + 75) against both of one person (250).
        var wishes = new[] { new Wish(Anna, Day0(0), WishKind.DayOff, null, 1), new Wish(Anna, Day0(1), WishKind.DayOff, null, 1), new Wish(Bo, Day0(0), WishKind.DayOff, null, 1), new Wish(Bo, Day0(1), WishKind.DayOff, null, 1) };
        var problem = Problem(new FairWishShareRule(1)).Wishes(wishes);

        Assert.Equal(150, problem.Evaluate(RosterOf(Works(Anna, Day0(0), Day), Works(Bo, Day0(1), Day))).Penalty);
        Assert.Equal(250, problem.Evaluate(RosterOf(Works(Anna, Day0(0), Day), Works(Anna, Day0(1), Day))).Penalty);
    }

    [Fact]
    public void The_share_is_rounded_down_to_whole_percent()
    {
        // Weights 1 and 2: refusing the 1 is 33.3 % → 33, charged 33 + 8 above 25.
        var problem = Problem(new FairWishShareRule(1)).Wishes(new Wish(Anna, Day0(0), WishKind.DayOff, null, 1), new Wish(Anna, Day0(1), WishKind.DayOff, null, 2));

        Assert.Equal(41, problem.Evaluate(AnnaWorks(Day, 0)).Penalty);
    }

    [Fact]
    public void A_carried_deficit_makes_each_refusal_cost_more()
    {
        // 25 % refused plus 10 points carried in: 35 + 10 above 25 = 45, × 2.
        var evaluation = WithWishes(new FairWishShareRule(2)).Ledger(new LedgerEntry(Anna, WishShareDeficit: 10)).Evaluate(AnnaWorks(Night, 0, 1));

        AssertViolation(Single(evaluation, RuleIds.FairWishShare), RuleIds.FairWishShare, Anna, [Day0(0)], 45, 90, isHard: false);
    }

    [Fact]
    public void All_wishes_granted_costs_nothing()
    {
        Assert.Empty(WithWishes(new FairWishShareRule(5)).Evaluate(AnnaWorks(Night, 1)).Violations);
    }
}
