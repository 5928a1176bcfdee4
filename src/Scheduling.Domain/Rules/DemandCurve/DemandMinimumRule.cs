namespace Scheduling.Domain.Rules;

/// <summary>The demand curve's minimum in every slot. Unit: a person short for one slot.</summary>
public sealed record DemandMinimumRule : Rule
{
    public DemandMinimumRule(string source = "", Enforcement? level = null)
        : base(source, level ?? Enforcement.Soft(1000))
    {
    }

    public override string Id => RuleIds.DemandMinimum;
    public override string Unit => "person short of the minimum for one slot";
}
