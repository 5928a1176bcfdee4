using Scheduling.Domain.Checking;
using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests;

public class EnforcementTests
{
    /// <summary>Anna: E Monday then D Tuesday (120 min rest short), and a shift on her unavailable Wednesday.</summary>
    private static readonly Roster Broken = RosterOf(Works(Anna, Day0(0), Evening), Works(Anna, Day0(1), Day), Works(Anna, Day0(2), Day));

    private static ProblemBuilder HardPack() =>
        Problem(new DailyRestRule(Duration.FromHours(11)), new AvailabilityRule(), new WishesRule(2))
            .Unavailable(new Unavailability(Anna, Day0(2)))
            .Wishes(new Wish(Anna, Day0(1), WishKind.DayOff, null, 3));

    [Fact]
    public void Hard_rules_give_hard_violations_without_penalty()
    {
        var evaluation = HardPack().Evaluate(Broken);

        AssertViolation(Single(evaluation, RuleIds.DailyRest), RuleIds.DailyRest, Anna, [Day0(0), Day0(1)], 120, 0, isHard: true);
        AssertViolation(Single(evaluation, RuleIds.Availability), RuleIds.Availability, Anna, [Day0(2)], 1, 0, isHard: true);
        Assert.Equal(2, evaluation.HardViolationCount);
        Assert.False(evaluation.IsFeasible);
        // Only the soft wish costs: 3 × 2.
        Assert.Equal(6, evaluation.Penalty);
        Assert.Equal(new Dictionary<string, long> { [RuleIds.Wishes] = 6 }, evaluation.PenaltyByRule);
    }

    [Fact]
    public void Relaxed_pack_turns_hard_into_soft_at_the_given_weight()
    {
        var relaxed = HardPack().Build().Relaxed(1000);

        var evaluation = RuleChecker.Evaluate(relaxed, Broken);

        AssertViolation(Single(evaluation, RuleIds.DailyRest), RuleIds.DailyRest, Anna, [Day0(0), Day0(1)], 120, 120_000, isHard: false);
        AssertViolation(Single(evaluation, RuleIds.Availability), RuleIds.Availability, Anna, [Day0(2)], 1, 1000, isHard: false);
        // Soft rules keep their own weight.
        AssertViolation(Single(evaluation, RuleIds.Wishes), RuleIds.Wishes, Anna, [Day0(1)], 3, 6, isHard: false);
        Assert.True(evaluation.IsFeasible);
        Assert.Equal(121_006, evaluation.Penalty);
    }

    [Fact]
    public void RulePack_Relaxed_keeps_ids_and_parameters()
    {
        var pack = new RulePack("se-atl-ab-2025", [new DailyRestRule(Duration.FromHours(11)), new WishesRule(4), new MaxConsecutiveDaysRule(6)]);

        var relaxed = pack.Relaxed(50);

        Assert.Equal("se-atl-ab-2025+relaxed", relaxed.Id);
        Assert.Equal([RuleIds.DailyRest, RuleIds.Wishes, RuleIds.MaxConsecutiveDays], relaxed.Rules.Select(r => r.Id));
        Assert.All(relaxed.Rules, r => Assert.False(r.Enforcement.IsHard));
        Assert.Equal([50L, 4L, 50L], relaxed.Rules.Select(r => r.Enforcement.Weight));
        Assert.Equal(Duration.FromHours(11), relaxed.Get<DailyRestRule>()!.MinimumRest);
        Assert.Equal(6, relaxed.Get<MaxConsecutiveDaysRule>()!.DefaultMaximum);
        Assert.True(pack.Rules[0].Enforcement.IsHard);
    }

    [Fact]
    public void Enforcement_values()
    {
        Assert.True(Enforcement.Hard.IsHard);
        Assert.Equal(0, Enforcement.Hard.Weight);
        Assert.Equal((false, 7L), (Enforcement.Soft(7).IsHard, Enforcement.Soft(7).Weight));
        Assert.Throws<DomainException>(() => Enforcement.Soft(-1));
        Assert.Equal("hard", Enforcement.Hard.ToString());
        Assert.Equal("soft (7)", Enforcement.Soft(7).ToString());
    }

    [Fact]
    public void A_pack_holds_each_rule_id_once()
    {
        var ex = Assert.Throws<DomainException>(() => new RulePack("p", [new AvailabilityRule(), new AvailabilityRule("other source")]));
        Assert.Contains("availability", ex.Message, StringComparison.Ordinal);
        Assert.Equal(RuleIds.Pins, new RulePack("p", [new PinsRule()])[RuleIds.Pins]!.Id);
        Assert.Null(new RulePack("p", ImmutableArray<Rule>.Empty)[RuleIds.Pins]);
    }
}
