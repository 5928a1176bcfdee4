namespace Scheduling.Domain.Rules;

/// <summary>The manager's pins hold. Unit: one pin broken.</summary>
public sealed record PinsRule(string Source = "") : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.Pins;
    public override string Unit => "pin broken";

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<PinsRule> Definition { get; } = new(
        new RuleDescription(RuleIds.Pins, RuleKind.UnitPolicy, new("chefens låsta pass", "the manager's pins"), new("chefens beslut", "the manager's decision")),
        "—",
        read: i => new PinsRule() with { Enforcement = i.HardUnlessWeighted },
        check: rule => new PinsCheck(rule));
}
