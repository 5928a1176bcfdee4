namespace Scheduling.Domain.Rules;

/// <summary>
/// At most N consecutive working days. Unit: one window of N+1 consecutive days all worked.
/// </summary>
public sealed record MaxConsecutiveDaysRule(int? DefaultMaximum = null, string Source = "") : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.MaxConsecutiveDays;
    public override string Unit => "window of consecutive days too long";

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<MaxConsecutiveDaysRule> Definition { get; } = new(
        new RuleDescription(RuleIds.MaxConsecutiveDays, RuleKind.UnitPolicy, new("högsta antal arbetsdagar i rad", "maximum working days in a row"), new("enhetens regler", "the unit's policy")),
        "defaultMaximum (none: each employee's own limit)",
        read: i => new MaxConsecutiveDaysRule(i.Parameters.Int("defaultMaximum")) with { Enforcement = i.HardUnlessWeighted },
        check: rule => new MaxConsecutiveDaysCheck(rule));
}
