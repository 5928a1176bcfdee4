namespace Scheduling.Domain.Rules;

/// <summary><c>budget</c>: the definition of <see cref="BudgetRule"/>, its texts, reading and check.</summary>
internal sealed class BudgetDefinition() : RuleDefinition<BudgetRule>(
    new RuleDescription(RuleIds.Budget, RuleKind.UnitPolicy, new("budget", "budget"), new("enhetens budget", "the unit's budget")),
    "—")
{
    private protected override BudgetRule ReadRule(RuleInput i) => new BudgetRule() with { Enforcement = i.HardUnlessWeighted };

    private protected override Checking.IRuleCheck Check(BudgetRule rule) => new BudgetCheck(rule);
}
