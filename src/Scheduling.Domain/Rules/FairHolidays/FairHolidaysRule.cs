using Scheduling.Domain.Fairness;

namespace Scheduling.Domain.Rules;

/// <summary>
/// Soft: shifts starting on a holiday (a public holiday by Lag 1989:253 or an eve the agreement treats as one)
/// spread by fair share. Unit: a hundredth of a holiday shift beyond the tolerance.
/// </summary>
public sealed record FairHolidaysRule : FairShareRule
{
    public FairHolidaysRule(long weight, long tolerance = 100, string source = "")
        : base(weight, tolerance, source)
    {
    }

    public override string Id => RuleIds.FairHolidays;
    public override string Unit => "hundredth of a holiday shift beyond the tolerance";
    public override FairBurden Burden => FairBurden.Holidays;
}
