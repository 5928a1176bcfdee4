namespace Scheduling.Domain.Rules;

/// <summary>Soft: no more people than the ideal in a slot. Unit: a person over the ideal for one slot.</summary>
public sealed record DemandSurplusRule : Rule
{
    public DemandSurplusRule(long weight, string source = "")
        : base(source, Enforcement.Soft(weight))
    {
    }

    public override string Id => RuleIds.DemandSurplus;
    public override string Unit => "person over the ideal for one slot";
}
