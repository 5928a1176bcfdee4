namespace Scheduling.Domain.Rules;

/// <summary>At most N assignments of each template per employee (from the employee's limits, else the default). Unit: one too many.</summary>
public sealed record MaxShiftsPerTemplateRule(int? DefaultMaximum = null, string Source = "") : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.MaxShiftsPerTemplate;
    public override string Unit => "shift too many";
}
