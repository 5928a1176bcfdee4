namespace Scheduling.Domain.Rules;

/// <summary>
/// Every run of working days is at least N long. Runs touching the first or last day of the period bind
/// only when <see cref="BindAtHorizonEdges"/> (their true length is unknown). Unit: a day short, per run.
/// </summary>
public sealed record MinConsecutiveDaysRule(int? DefaultMinimum = null, bool BindAtHorizonEdges = false, string Source = "")
    : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.MinConsecutiveDays;
    public override string Unit => "day short in a run of work";

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<MinConsecutiveDaysRule> Definition { get; } = new(
        new RuleDescription(RuleIds.MinConsecutiveDays, RuleKind.UnitPolicy, new("minsta antal arbetsdagar i rad", "minimum working days in a row"), new("enhetens regler", "the unit's policy")),
        "defaultMinimum (none), bindAtHorizonEdges (false)",
        read: i => new MinConsecutiveDaysRule(i.Parameters.Int("defaultMinimum"), i.Parameters.Bool("bindAtHorizonEdges")) with { Enforcement = i.HardUnlessWeighted },
        check: rule => new MinConsecutiveRunCheck(rule, rule.DefaultMinimum, e => e.Limits.MinConsecutiveDays, rule.BindAtHorizonEdges, worked: true));
}
