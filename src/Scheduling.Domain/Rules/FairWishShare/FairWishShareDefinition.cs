namespace Scheduling.Domain.Rules;

/// <summary><c>fair-wish-share</c>: the definition of <see cref="FairWishShareRule"/>, its texts, reading and check.</summary>
internal sealed class FairWishShareDefinition : RuleDefinition<FairWishShareRule>
{
    public FairWishShareDefinition()
        : base(new RuleDescription(
            RuleIds.FairWishShare,
            RuleKind.UnitPolicy,
            new RuleText("rättvis andel beviljade önskemål", "fair share of wishes granted"),
            new RuleText("rättvis fördelning av önskemål", "wishes granted fairly")))
    {
    }

    public override string ParameterDefaults => "weight (1), stepPercent (25)";

    private protected override FairWishShareRule ReadRule(RuleInput i) => new FairWishShareRule(i.Weight(FairWishShareRule.DefaultWeight), i.Parameters.Percent("stepPercent", 25));

    private protected override Checking.IRuleCheck Check(FairWishShareRule rule) => new FairWishShareCheck(rule);
}
