namespace Scheduling.Domain.Rules;

/// <summary><c>fair-wish-share</c>: the definition of <see cref="FairWishShareRule"/>, its texts, reading and check.</summary>
internal sealed class FairWishShareDefinition() : RuleDefinition<FairWishShareRule>(
    new RuleDescription(RuleIds.FairWishShare, RuleKind.UnitPolicy, new("rättvis andel beviljade önskemål", "fair share of wishes granted"), new("rättvis fördelning av önskemål", "wishes granted fairly")),
    "weight (1), stepPercent (25)")
{
    private protected override FairWishShareRule ReadRule(RuleInput i) => new FairWishShareRule(i.Weight(FairWishShareRule.DefaultWeight), i.Parameters.Percent("stepPercent", 25));

    private protected override Checking.IRuleCheck Check(FairWishShareRule rule) => new FairWishShareCheck(rule);
}
