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

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<DemandMinimumRule> Definition { get; } = new(
        new RuleDescription(RuleIds.DemandMinimum, RuleKind.UnitPolicy, new("lägsta bemanning", "minimum staffing"), new("enhetens behovskurva", "the unit's demand curve (behovskurva)")),
        "weight (1000) or hard",
        read: i => new DemandMinimumRule(level: i.SoftUnlessHard(1000)),
        check: rule => new DemandCurveCheck(rule));
}
