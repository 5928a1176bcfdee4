namespace Scheduling.Domain.Rules;

/// <summary>
/// Working minutes in the period lie within each employee's bounds (explicit, or target ± tolerance from
/// the employment rate). Unit: a minute outside the bounds.
/// </summary>
public sealed record PeriodHoursRule(string Source = "") : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.PeriodHours;
    public override string Unit => "minute outside the bounds";
}
