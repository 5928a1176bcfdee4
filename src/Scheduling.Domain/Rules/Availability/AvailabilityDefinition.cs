namespace Scheduling.Domain.Rules;

/// <summary><c>availability</c>: the definition of <see cref="AvailabilityRule"/>, its texts, reading and check.</summary>
internal sealed class AvailabilityDefinition : RuleDefinition<AvailabilityRule>
{
    public AvailabilityDefinition()
        : base(new RuleDescription(
            RuleIds.Availability,
            RuleKind.UnitPolicy,
            new RuleText("tillgänglighet", "availability"),
            new RuleText("medarbetarens tillgänglighet", "the employee's availability")))
    {
    }

    public override string ParameterDefaults => "—";

    private protected override AvailabilityRule ReadRule(RuleInput i) => new AvailabilityRule() with { Enforcement = i.HardUnlessWeighted };

    private protected override Checking.IRuleCheck Check(AvailabilityRule rule) => new AvailabilityCheck(rule);
}
