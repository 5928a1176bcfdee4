namespace Scheduling.Domain.Rules;

/// <summary>Explicit forbidden successions of templates on consecutive days. Unit: one occurrence.</summary>
public sealed record ForbiddenSuccessionsRule : Rule
{
    public ForbiddenSuccessionsRule(ImmutableArray<ShiftSuccession> successions, string source = "", Enforcement? enforcement = null)
        : base(source, enforcement ?? Enforcement.Hard) =>
        Successions = successions.IsDefault ? [] : successions;

    public ImmutableArray<ShiftSuccession> Successions { get; }
    public override string Id => RuleIds.ForbiddenSuccessions;
    public override string Unit => "forbidden succession";

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<ForbiddenSuccessionsRule> Definition { get; } = new(
        new RuleDescription(RuleIds.ForbiddenSuccessions, RuleKind.UnitPolicy, new("förbjuden passföljd", "forbidden shift succession"), new("enhetens regler", "the unit's policy")),
        "successions ([{from, to}], none)",
        read: i => new ForbiddenSuccessionsRule(i.Parameters.Successions("successions"), enforcement: i.HardUnlessWeighted),
        check: rule => new ForbiddenSuccessionsCheck(rule));
}
