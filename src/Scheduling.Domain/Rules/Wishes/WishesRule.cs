namespace Scheduling.Domain.Rules;

/// <summary>Soft: wishes granted; each refused wish costs its weight times the rule's multiplier. Unit: a wish's weight.</summary>
public sealed record WishesRule : Rule
{
    public WishesRule(long multiplier = 1, string source = "")
        : base(source, Enforcement.Soft(multiplier))
    {
    }

    public override string Id => RuleIds.Wishes;
    public override string Unit => "weight of a refused wish";

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<WishesRule> Definition { get; } = new(
        new RuleDescription(RuleIds.Wishes, RuleKind.UnitPolicy, new("önskemål", "wishes"), new("önskeschemat", "the wish schedule (önskeschema)")),
        "weight (1, times each wish's own weight)",
        read: i => new WishesRule(i.Weight(1)),
        check: rule => new WishesCheck(rule));
}
