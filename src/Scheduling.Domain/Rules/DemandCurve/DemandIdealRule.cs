namespace Scheduling.Domain.Rules;

/// <summary>Soft: the demand curve's ideal in every slot. Unit: a person short of the ideal for one slot.</summary>
public sealed record DemandIdealRule : Rule
{
    public DemandIdealRule(long weight, string source = "")
        : base(source, Enforcement.Soft(weight))
    {
    }

    public override string Id => RuleIds.DemandIdeal;
    public override string Unit => "person short of the ideal for one slot";
}
