namespace Scheduling.Domain.Rules;

/// <summary><c>competence</c>: the definition of <see cref="CompetenceRule"/>, its texts, reading and check.</summary>
internal sealed class CompetenceDefinition : RuleDefinition<CompetenceRule>
{
    public CompetenceDefinition()
        : base(new RuleDescription(
            RuleIds.Competence,
            RuleKind.UnitPolicy,
            new RuleText("kompetens", "competence"),
            new RuleText("enhetens kompetenskrav och delegeringar", "the unit's competence requirements and delegations")))
    {
    }

    public override string ParameterDefaults => "—";

    private protected override CompetenceRule ReadRule(RuleInput i) => new CompetenceRule() with { Enforcement = i.HardUnlessWeighted };

    private protected override Checking.IRuleCheck Check(CompetenceRule rule) => new CompetenceCheck(rule);
}
