namespace Scheduling.Domain.Rules;

/// <summary><c>stability</c>: the definition of <see cref="StabilityRule"/>, its texts, reading and check.</summary>
internal sealed class StabilityDefinition() : RuleDefinition<StabilityRule>(
    new RuleDescription(RuleIds.Stability, RuleKind.UnitPolicy, new("få ändringar vid omplanering", "few changes when re-planning"), new("omplanering: ändra så få pass som möjligt", "re-planning: change as few shifts as possible")),
    "weight (3000)")
{
    private protected override StabilityRule ReadRule(RuleInput i) => new StabilityRule(i.Weight(StabilityRule.DefaultWeight));

    private protected override Checking.IRuleCheck Check(StabilityRule rule) => new StabilityCheck(rule);
}
