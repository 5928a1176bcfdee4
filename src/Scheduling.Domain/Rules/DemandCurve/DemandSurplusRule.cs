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

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<DemandSurplusRule> Definition { get; } = new(
        new RuleDescription(RuleIds.DemandSurplus, RuleKind.UnitPolicy, new("överbemanning", "overstaffing"), new("ekonomi i balans", "a balanced budget (ekonomi i balans)")),
        "weight (5)",
        read: i => new DemandSurplusRule(i.Weight(5)),
        check: rule => new DemandCurveCheck(rule));
}
