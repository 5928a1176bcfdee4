namespace Scheduling.Domain.Rules;

/// <summary><c>cost</c>: the definition of <see cref="CostRule"/>, its texts, reading and check.</summary>
internal sealed class CostDefinition() : RuleDefinition<CostRule>(
    new RuleDescription(RuleIds.Cost, RuleKind.UnitPolicy, new("kostnad", "cost"), new("ekonomi i balans", "a balanced budget (ekonomi i balans)")),
    "weight (1), kinds ([UNSOCIAL_HOURS, ADDITIONAL_HOURS, OVERTIME, SUBSTITUTES])")
{
    private protected override CostRule ReadRule(RuleInput i) => new CostRule(i.Weight(1), i.Parameters.CostKinds("kinds"));

    private protected override Checking.IRuleCheck Check(CostRule rule) => new CostCheck(rule);
}
