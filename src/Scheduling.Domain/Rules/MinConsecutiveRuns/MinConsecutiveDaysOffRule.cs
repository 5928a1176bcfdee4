namespace Scheduling.Domain.Rules;

/// <summary>Every run of days off is at least N long; the edge semantics as for <see cref="MinConsecutiveDaysRule"/>. Unit: a day short, per run.</summary>
public sealed record MinConsecutiveDaysOffRule(int? DefaultMinimum = null, bool BindAtHorizonEdges = false, string Source = "")
    : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.MinConsecutiveDaysOff;
    public override string Unit => "day short in a run of days off";

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<MinConsecutiveDaysOffRule> Definition { get; } = new(
        new RuleDescription(RuleIds.MinConsecutiveDaysOff, RuleKind.UnitPolicy, new("minsta antal lediga dagar i rad", "minimum days off in a row"), new("enhetens regler", "the unit's policy")),
        "defaultMinimum (none), bindAtHorizonEdges (false)",
        read: i => new MinConsecutiveDaysOffRule(i.Parameters.Int("defaultMinimum"), i.Parameters.Bool("bindAtHorizonEdges")) with { Enforcement = i.HardUnlessWeighted },
        check: rule => new MinConsecutiveRunCheck(rule, rule.DefaultMinimum, e => e.Limits.MinConsecutiveDaysOff, rule.BindAtHorizonEdges, worked: false));
}
