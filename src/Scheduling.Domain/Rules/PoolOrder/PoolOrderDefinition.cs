namespace Scheduling.Domain.Rules;

/// <summary><c>pool-order</c>: the definition of <see cref="PoolOrderRule"/>, its texts, reading and check.</summary>
internal sealed class PoolOrderDefinition() : RuleDefinition<PoolOrderRule>(
    new RuleDescription(RuleIds.PoolOrder, RuleKind.UnitPolicy, new("resurspass i bokningsordning", "resource shifts in booking order"),
        new("egen enhet, sedan närliggande enheter, sist bemanningsenheten (kommunens bokningsordning)", "own unit, then nearby units, then the central pool (the municipality's booking order)")),
    $"weight ({PoolOrderRule.DefaultWeight})")
{
    private protected override PoolOrderRule ReadRule(RuleInput i) => new(i.Weight(PoolOrderRule.DefaultWeight));

    private protected override Checking.IRuleCheck Check(PoolOrderRule rule) => new PoolOrderCheck(rule);
}
