namespace Scheduling.Domain.Rules;

/// <summary><c>min-consecutive-days</c>: the definition of <see cref="MinConsecutiveDaysRule"/>, its texts, reading and check.</summary>
internal sealed class MinConsecutiveDaysDefinition() : RuleDefinition<MinConsecutiveDaysRule>(
    new RuleDescription(RuleIds.MinConsecutiveDays, RuleKind.UnitPolicy, new("minsta antal arbetsdagar i rad", "minimum working days in a row"), new("enhetens regler", "the unit's policy")),
    "defaultMinimum (none), bindAtHorizonEdges (false)")
{
    private protected override MinConsecutiveDaysRule ReadRule(RuleInput i) => new MinConsecutiveDaysRule(i.Parameters.Int("defaultMinimum"), i.Parameters.Bool("bindAtHorizonEdges")) with { Enforcement = i.HardUnlessWeighted };

    private protected override Checking.IRuleCheck Check(MinConsecutiveDaysRule rule) => new MinConsecutiveRunCheck(rule, rule.DefaultMinimum, e => e.Limits.MinConsecutiveDays, rule.BindAtHorizonEdges, worked: true);
}
