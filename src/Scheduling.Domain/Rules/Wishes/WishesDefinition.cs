namespace Scheduling.Domain.Rules;

/// <summary><c>wishes</c>: the definition of <see cref="WishesRule"/>, its texts, reading and check.</summary>
internal sealed class WishesDefinition() : RuleDefinition<WishesRule>(
    new RuleDescription(RuleIds.Wishes, RuleKind.UnitPolicy, new("önskemål", "wishes"), new("önskeschemat", "the wish schedule (önskeschema)")),
    "weight (1, times each wish's own weight)")
{
    private protected override WishesRule ReadRule(RuleInput i) => new WishesRule(i.Weight(1));

    private protected override Checking.IRuleCheck Check(WishesRule rule) => new WishesCheck(rule);
}
