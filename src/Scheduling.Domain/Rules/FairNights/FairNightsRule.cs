using Scheduling.Domain.Fairness;

namespace Scheduling.Domain.Rules;

/// <summary>Soft: night shifts (templates of kind night) spread by fair share among the night-capable staff. Unit: a hundredth of a night beyond the tolerance.</summary>
public sealed record FairNightsRule : FairShareRule
{
    public FairNightsRule(long weight, long tolerance = 100, string source = "")
        : base(weight, tolerance, source)
    {
    }

    public override string Id => RuleIds.FairNights;
    public override string Unit => "hundredth of a night beyond the tolerance";
    public override FairBurden Burden => FairBurden.Nights;
}
