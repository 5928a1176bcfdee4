namespace Scheduling.Domain.Rules;

/// <summary>No shift on a day the employee cannot work. Unit: one such shift.</summary>
public sealed record AvailabilityRule(string Source = "") : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.Availability;
    public override string Unit => "shift on an unavailable day";

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<AvailabilityRule> Definition { get; } = new(
        new RuleDescription(RuleIds.Availability, RuleKind.UnitPolicy, new("tillgänglighet", "availability"), new("medarbetarens tillgänglighet", "the employee's availability")),
        "—",
        read: i => new AvailabilityRule() with { Enforcement = i.HardUnlessWeighted },
        check: rule => new AvailabilityCheck(rule));
}
