namespace Scheduling.Domain.Rules;

/// <summary>Cover per template per date with each row's own weights; the rule's weight multiplies them. Unit: a person short or too many.</summary>
public sealed record ShiftCoverRule : Rule
{
    public ShiftCoverRule(long multiplier = 1, string source = "")
        : base(source, Enforcement.Soft(multiplier))
    {
    }

    public override string Id => RuleIds.ShiftCover;
    public override string Unit => "person short or over";

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<ShiftCoverRule> Definition { get; } = new(
        new RuleDescription(RuleIds.ShiftCover, RuleKind.UnitPolicy, new("bemanning per pass", "staffing per shift"), new("enhetens bemanningsbehov", "the unit's staffing need")),
        "weight (1, times each row's own weights)",
        read: i => new ShiftCoverRule(i.Weight(1)),
        check: rule => new ShiftCoverCheck(rule));
}
