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
}
