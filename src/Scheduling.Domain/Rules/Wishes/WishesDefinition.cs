namespace Scheduling.Domain.Rules;

/// <summary><c>wishes</c>: the definition of <see cref="WishesRule"/>, its texts, reading and check.</summary>
internal sealed class WishesDefinition : RuleDefinition<WishesRule>
{
    public WishesDefinition()
        : base(new RuleDescription(
            RuleIds.Wishes,
            RuleKind.UnitPolicy,
            new RuleText("önskemål", "wishes"),
            new RuleText("önskeschemat", "the wish schedule (önskeschema)")))
    {
    }

    public override string ParameterDefaults => "weight (1, times each wish's own weight)";

    private protected override WishesRule ReadRule(RuleInput i) => new WishesRule(i.Weight(1));

    private protected override Checking.IRuleCheck Check(WishesRule rule) => new WishesCheck(rule);
}
