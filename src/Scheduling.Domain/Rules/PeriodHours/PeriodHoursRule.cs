namespace Scheduling.Domain.Rules;

/// <summary>
/// Working minutes in the period lie within each employee's bounds (explicit, or target ± tolerance from
/// the employment rate). Unit: a minute outside the bounds.
/// </summary>
public sealed record PeriodHoursRule(string Source = "") : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.PeriodHours;
    public override string Unit => "minute outside the bounds";

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<PeriodHoursRule> Definition { get; } = new(
        new RuleDescription(RuleIds.PeriodHours, RuleKind.Agreement, new("arbetstid inom avtalets gränser", "hours within the contract's bounds"), new("AB; anställningsavtalets sysselsättningsgrad", "AB; the employment rate in the contract (sysselsättningsgrad)")),
        "—",
        read: i => new PeriodHoursRule() with { Enforcement = i.HardUnlessWeighted },
        check: rule => new PeriodHoursCheck(rule));
}
