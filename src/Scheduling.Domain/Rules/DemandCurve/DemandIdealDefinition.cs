namespace Scheduling.Domain.Rules;

/// <summary><c>demand-ideal</c>: the definition of <see cref="DemandIdealRule"/>, its texts, reading and check.</summary>
internal sealed class DemandIdealDefinition() : RuleDefinition<DemandIdealRule>(
    new RuleDescription(RuleIds.DemandIdeal, RuleKind.UnitPolicy, new("önskad bemanning", "ideal staffing"), new("enhetens behovskurva", "the unit's demand curve (behovskurva)")),
    "weight (100)")
{
    private protected override DemandIdealRule ReadRule(RuleInput i) => new DemandIdealRule(i.Weight(100));

    private protected override Checking.IRuleCheck Check(DemandIdealRule rule) => new DemandCurveCheck(rule);
}
