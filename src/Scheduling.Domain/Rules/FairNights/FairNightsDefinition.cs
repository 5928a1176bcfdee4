namespace Scheduling.Domain.Rules;

/// <summary><c>fair-nights</c>: the definition of <see cref="FairNightsRule"/>, its texts, reading and check.</summary>
internal sealed class FairNightsDefinition() : RuleDefinition<FairNightsRule>(
    new RuleDescription(RuleIds.FairNights, RuleKind.UnitPolicy, new("rättvis fördelning av nattpass", "fair share of nights"), new("rättvis fördelning av nattpass efter sysselsättningsgrad (enhetens regler)", "nights shared fairly by employment rate (the unit's policy)")),
    "weight (1), toleranceHundredths (100)")
{
    private protected override FairNightsRule ReadRule(RuleInput i) => new FairNightsRule(i.Weight(FairShareRule.DefaultWeight), i.Parameters.Int("toleranceHundredths") ?? FairShareRule.DefaultTolerance);

    private protected override Checking.IRuleCheck Check(FairNightsRule rule) => new FairNightsCheck(rule);
}
