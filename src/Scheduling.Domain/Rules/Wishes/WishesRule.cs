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
}
