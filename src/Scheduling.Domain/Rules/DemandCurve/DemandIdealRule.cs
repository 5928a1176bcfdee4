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

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<DemandIdealRule> Definition { get; } = new(
        new RuleDescription(RuleIds.DemandIdeal, RuleKind.UnitPolicy, new("önskad bemanning", "ideal staffing"), new("enhetens behovskurva", "the unit's demand curve (behovskurva)")),
        "weight (100)",
        read: i => new DemandIdealRule(i.Weight(100)),
        check: rule => new DemandCurveCheck(rule));
}
