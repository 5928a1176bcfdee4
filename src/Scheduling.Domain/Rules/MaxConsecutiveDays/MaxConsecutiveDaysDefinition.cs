namespace Scheduling.Domain.Rules;

/// <summary><c>max-consecutive-days</c>: the definition of <see cref="MaxConsecutiveDaysRule"/>, its texts, reading and check.</summary>
internal sealed class MaxConsecutiveDaysDefinition() : RuleDefinition<MaxConsecutiveDaysRule>(
    new RuleDescription(RuleIds.MaxConsecutiveDays, RuleKind.UnitPolicy, new("högsta antal arbetsdagar i rad", "maximum working days in a row"), new("enhetens regler", "the unit's policy")),
    "defaultMaximum (none: each employee's own limit)")
{
    private protected override MaxConsecutiveDaysRule ReadRule(RuleInput i) => new MaxConsecutiveDaysRule(i.Parameters.Int("defaultMaximum")) with { Enforcement = i.HardUnlessWeighted };

    private protected override Checking.IRuleCheck Check(MaxConsecutiveDaysRule rule) => new MaxConsecutiveDaysCheck(rule);
}
