namespace Scheduling.Domain.Rules;

/// <summary>Every run of days off is at least N long; the edge semantics as for <see cref="MinConsecutiveDaysRule"/>. Unit: a day short, per run.</summary>
public sealed record MinConsecutiveDaysOffRule(int? DefaultMinimum = null, bool BindAtHorizonEdges = false, string Source = "")
    : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.MinConsecutiveDaysOff;
    public override string Unit => "day short in a run of days off";
}
