namespace Scheduling.Domain.Rules;

/// <summary><c>demand-surplus</c>: the definition of <see cref="DemandSurplusRule"/>, its texts, reading and check.</summary>
internal sealed class DemandSurplusDefinition() : RuleDefinition<DemandSurplusRule>(
    new RuleDescription(RuleIds.DemandSurplus, RuleKind.UnitPolicy, new("överbemanning", "overstaffing"), new("ekonomi i balans", "a balanced budget (ekonomi i balans)")),
    "weight (5)")
{
    private protected override DemandSurplusRule ReadRule(RuleInput i) => new DemandSurplusRule(i.Weight(5));

    private protected override Checking.IRuleCheck Check(DemandSurplusRule rule) => new DemandCurveCheck(rule);
}
