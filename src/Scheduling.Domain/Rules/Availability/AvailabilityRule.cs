namespace Scheduling.Domain.Rules;

/// <summary>No shift on a day the employee cannot work. Unit: one such shift.</summary>
public sealed record AvailabilityRule(string Source = "") : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.Availability;
    public override string Unit => "shift on an unavailable day";
}
