namespace Scheduling.Domain.Rules;

/// <summary>Soft: working minutes close to the target from the employment rate. Unit: a minute away from the target.</summary>
public sealed record HoursTargetRule : Rule
{
    public HoursTargetRule(long weightPerMinute, string source = "")
        : base(source, Enforcement.Soft(weightPerMinute))
    {
    }

    public override string Id => RuleIds.HoursTarget;
    public override string Unit => "minute away from target";

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<HoursTargetRule> Definition { get; } = new(
        new RuleDescription(RuleIds.HoursTarget, RuleKind.Agreement, new("arbetstid nära målet", "hours close to the target"), new("anställningsavtalets sysselsättningsgrad", "the employment rate in the contract (sysselsättningsgrad)")),
        "weight (1)",
        read: i => new HoursTargetRule(i.Weight(1)),
        check: rule => new HoursTargetCheck(rule));
}
