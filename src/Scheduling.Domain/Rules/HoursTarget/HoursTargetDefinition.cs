namespace Scheduling.Domain.Rules;

/// <summary><c>hours-target</c>: the definition of <see cref="HoursTargetRule"/>, its texts, reading and check.</summary>
internal sealed class HoursTargetDefinition() : RuleDefinition<HoursTargetRule>(
    new RuleDescription(RuleIds.HoursTarget, RuleKind.Agreement, new("arbetstid nära målet", "hours close to the target"), new("anställningsavtalets sysselsättningsgrad", "the employment rate in the contract (sysselsättningsgrad)")),
    "weight (1)")
{
    private protected override HoursTargetRule ReadRule(RuleInput i) => new HoursTargetRule(i.Weight(1));

    private protected override Checking.IRuleCheck Check(HoursTargetRule rule) => new HoursTargetCheck(rule);
}
