namespace Scheduling.Domain.Rules;

/// <summary><c>pins</c>: the definition of <see cref="PinsRule"/>, its texts, reading and check.</summary>
internal sealed class PinsDefinition : RuleDefinition<PinsRule>
{
    public PinsDefinition()
        : base(new RuleDescription(
            RuleIds.Pins,
            RuleKind.UnitPolicy,
            new RuleText("chefens låsta pass", "the manager's pins"),
            new RuleText("chefens beslut", "the manager's decision")))
    {
    }

    public override string ParameterDefaults => "—";

    private protected override PinsRule ReadRule(RuleInput i) => new PinsRule() with { Enforcement = i.HardUnlessWeighted };

    private protected override Checking.IRuleCheck Check(PinsRule rule) => new PinsCheck(rule);
}
