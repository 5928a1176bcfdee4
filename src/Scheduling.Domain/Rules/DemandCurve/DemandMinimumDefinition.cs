namespace Scheduling.Domain.Rules;

/// <summary><c>demand-minimum</c>: the definition of <see cref="DemandMinimumRule"/>, its texts, reading and check.</summary>
internal sealed class DemandMinimumDefinition() : RuleDefinition<DemandMinimumRule>(
    new RuleDescription(RuleIds.DemandMinimum, RuleKind.UnitPolicy, new("lägsta bemanning", "minimum staffing"), new("enhetens behovskurva", "the unit's demand curve (behovskurva)")),
    "weight (1000) or hard")
{
    private protected override DemandMinimumRule ReadRule(RuleInput i) => new DemandMinimumRule(level: i.SoftUnlessHard(1000));

    private protected override Checking.IRuleCheck Check(DemandMinimumRule rule) => new DemandCurveCheck(rule);
}
