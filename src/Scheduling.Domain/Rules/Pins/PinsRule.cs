namespace Scheduling.Domain.Rules;

/// <summary>The manager's pins hold. Unit: one pin broken.</summary>
public sealed record PinsRule(string Source = "") : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.Pins;
    public override string Unit => "pin broken";
}
