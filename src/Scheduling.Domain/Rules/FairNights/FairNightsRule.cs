using Scheduling.Domain.Fairness;

namespace Scheduling.Domain.Rules;

/// <summary>Soft: night shifts (templates of kind night) spread by fair share among the night-capable staff. Unit: a hundredth of a night beyond the tolerance.</summary>
public sealed record FairNightsRule : FairShareRule
{
    public FairNightsRule(long weight, long tolerance = 100, string source = "")
        : base(weight, tolerance, source)
    {
    }

    public override string Id => RuleIds.FairNights;
    public override string Unit => "hundredth of a night beyond the tolerance";
    public override FairBurden Burden => FairBurden.Nights;

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<FairNightsRule> Definition { get; } = new(
        new RuleDescription(RuleIds.FairNights, RuleKind.UnitPolicy, new("rättvis fördelning av nattpass", "fair share of nights"), new("rättvis fördelning av nattpass efter sysselsättningsgrad (enhetens regler)", "nights shared fairly by employment rate (the unit's policy)")),
        ShareParameters,
        read: i => ReadShare(i, (weight, tolerance) => new FairNightsRule(weight, tolerance)),
        check: rule => new FairNightsCheck(rule));
}
