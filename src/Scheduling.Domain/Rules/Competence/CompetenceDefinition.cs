namespace Scheduling.Domain.Rules;

/// <summary><c>competence</c>: the definition of <see cref="CompetenceRule"/>, its texts, reading and check.</summary>
internal sealed class CompetenceDefinition() : RuleDefinition<CompetenceRule>(
    new RuleDescription(RuleIds.Competence, RuleKind.UnitPolicy, new("kompetens", "competence"), new("enhetens kompetenskrav och delegeringar", "the unit's competence requirements and delegations")),
    "—")
{
    private protected override CompetenceRule ReadRule(RuleInput i) => new CompetenceRule() with { Enforcement = i.HardUnlessWeighted };

    private protected override Checking.IRuleCheck Check(CompetenceRule rule) => new CompetenceCheck(rule);
}
