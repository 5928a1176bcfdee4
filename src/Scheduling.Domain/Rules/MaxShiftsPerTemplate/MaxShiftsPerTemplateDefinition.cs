namespace Scheduling.Domain.Rules;

/// <summary><c>max-shifts-per-template</c>: the definition of <see cref="MaxShiftsPerTemplateRule"/>, its texts, reading and check.</summary>
internal sealed class MaxShiftsPerTemplateDefinition() : RuleDefinition<MaxShiftsPerTemplateRule>(
    new RuleDescription(RuleIds.MaxShiftsPerTemplate, RuleKind.Agreement, new("högsta antal pass av ett slag", "maximum shifts of one template"), new("anställningsavtalet", "the employment contract")),
    "defaultMaximum (none: each employee's own limit)")
{
    private protected override MaxShiftsPerTemplateRule ReadRule(RuleInput i) => new MaxShiftsPerTemplateRule(i.Parameters.Int("defaultMaximum")) with { Enforcement = i.HardUnlessWeighted };

    private protected override Checking.IRuleCheck Check(MaxShiftsPerTemplateRule rule) => new MaxShiftsPerTemplateCheck(rule);
}
