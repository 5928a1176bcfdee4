namespace Scheduling.Domain.Rules;

/// <summary>A template that requires a competence goes to someone holding it, valid on the date. Unit: one such shift.</summary>
public sealed record CompetenceRule(string Source = "") : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.Competence;
    public override string Unit => "shift without the competence";

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<CompetenceRule> Definition { get; } = new(
        new RuleDescription(RuleIds.Competence, RuleKind.UnitPolicy, new("kompetens", "competence"), new("enhetens kompetenskrav och delegeringar", "the unit's competence requirements and delegations")),
        "—",
        read: i => new CompetenceRule() with { Enforcement = i.HardUnlessWeighted },
        check: rule => new CompetenceCheck(rule));
}
