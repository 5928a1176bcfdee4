namespace Scheduling.Domain.Rules;

/// <summary>
/// At most N consecutive working days. Unit: one window of N+1 consecutive days all worked.
/// </summary>
public sealed record MaxConsecutiveDaysRule(int? DefaultMaximum = null, string Source = "") : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.MaxConsecutiveDays;
    public override string Unit => "window of consecutive days too long";
}
