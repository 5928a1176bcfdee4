namespace Scheduling.Domain.Rules;

/// <summary>A template that requires a competence goes to someone holding it, valid on the date. Unit: one such shift.</summary>
public sealed record CompetenceRule(string Source = "") : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.Competence;
    public override string Unit => "shift without the competence";
}
