namespace Scheduling.Domain.Rules;

/// <summary><c>availability</c>: the definition of <see cref="AvailabilityRule"/>, its texts, reading and check.</summary>
internal sealed class AvailabilityDefinition() : RuleDefinition<AvailabilityRule>(
    new RuleDescription(RuleIds.Availability, RuleKind.UnitPolicy, new("tillgänglighet", "availability"), new("medarbetarens tillgänglighet", "the employee's availability")),
    "—")
{
    private protected override AvailabilityRule ReadRule(RuleInput i) => new AvailabilityRule() with { Enforcement = i.HardUnlessWeighted };

    private protected override Checking.IRuleCheck Check(AvailabilityRule rule) => new AvailabilityCheck(rule);
}
