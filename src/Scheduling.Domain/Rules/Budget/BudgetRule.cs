namespace Scheduling.Domain.Rules;

/// <summary>
/// The roster's whole cost (every kind, base pay included) stays within the unit's budget for the period
/// (the cost section's budget). Hard by default; soft: weight per krona over. Unit: a krona over the budget.
/// </summary>
public sealed record BudgetRule(string Source = "") : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.Budget;
    public override string Unit => "krona over the budget";

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<BudgetRule> Definition { get; } = new(
        new RuleDescription(RuleIds.Budget, RuleKind.UnitPolicy, new("budget", "budget"), new("enhetens budget", "the unit's budget")),
        "—",
        read: i => new BudgetRule() with { Enforcement = i.HardUnlessWeighted },
        check: rule => new BudgetCheck(rule));
}
