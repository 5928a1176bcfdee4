namespace Scheduling.Domain.Rules;

/// <summary><c>pins</c>: the definition of <see cref="PinsRule"/>, its texts, reading and check.</summary>
internal sealed class PinsDefinition() : RuleDefinition<PinsRule>(
    new RuleDescription(RuleIds.Pins, RuleKind.UnitPolicy, new("chefens låsta pass", "the manager's pins"), new("chefens beslut", "the manager's decision")),
    "—")
{
    private protected override PinsRule ReadRule(RuleInput i) => new PinsRule() with { Enforcement = i.HardUnlessWeighted };

    private protected override Checking.IRuleCheck Check(PinsRule rule) => new PinsCheck(rule);
}
