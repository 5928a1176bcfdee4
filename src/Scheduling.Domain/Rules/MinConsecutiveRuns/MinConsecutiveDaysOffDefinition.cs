namespace Scheduling.Domain.Rules;

/// <summary><c>min-consecutive-days-off</c>: the definition of <see cref="MinConsecutiveDaysOffRule"/>, its texts, reading and check.</summary>
internal sealed class MinConsecutiveDaysOffDefinition() : RuleDefinition<MinConsecutiveDaysOffRule>(
    new RuleDescription(RuleIds.MinConsecutiveDaysOff, RuleKind.UnitPolicy, new("minsta antal lediga dagar i rad", "minimum days off in a row"), new("enhetens regler", "the unit's policy")),
    "defaultMinimum (none), bindAtHorizonEdges (false)")
{
    private protected override MinConsecutiveDaysOffRule ReadRule(RuleInput i) => new MinConsecutiveDaysOffRule(i.Parameters.Int("defaultMinimum"), i.Parameters.Bool("bindAtHorizonEdges")) with { Enforcement = i.HardUnlessWeighted };

    private protected override Checking.IRuleCheck Check(MinConsecutiveDaysOffRule rule) => new MinConsecutiveRunCheck(rule, rule.DefaultMinimum, e => e.Limits.MinConsecutiveDaysOff, rule.BindAtHorizonEdges, worked: false);
}
