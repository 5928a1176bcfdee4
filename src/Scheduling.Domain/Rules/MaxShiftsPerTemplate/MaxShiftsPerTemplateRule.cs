namespace Scheduling.Domain.Rules;

/// <summary>At most N assignments of each template per employee (from the employee's limits, else the default). Unit: one too many.</summary>
public sealed record MaxShiftsPerTemplateRule(int? DefaultMaximum = null, string Source = "") : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.MaxShiftsPerTemplate;
    public override string Unit => "shift too many";

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<MaxShiftsPerTemplateRule> Definition { get; } = new(
        new RuleDescription(RuleIds.MaxShiftsPerTemplate, RuleKind.Agreement, new("högsta antal pass av ett slag", "maximum shifts of one template"), new("anställningsavtalet", "the employment contract")),
        "defaultMaximum (none: each employee's own limit)",
        read: i => new MaxShiftsPerTemplateRule(i.Parameters.Int("defaultMaximum")) with { Enforcement = i.HardUnlessWeighted },
        check: rule => new MaxShiftsPerTemplateCheck(rule));
}
