namespace Scheduling.Domain.Rules;

/// <summary>
/// Rast: no one works longer than <see cref="MaximumStretch"/> without a break (ATL §15: 5 h). Breaks are part of the
/// shift template: its unpaid break (<see cref="ShiftTemplate.UnpaidBreak"/>) is taken where it serves best, in the
/// middle of the shift, so a shift's longest stretch is its real length when it has no break and half its working time
/// (rounded up to the minute) when it has one. A template over the maximum with no break breaks the rule on every day
/// it is worked. Unit: a minute of the longest stretch over the maximum, per shift.
/// </summary>
public sealed record BreakRule : Rule
{
    public BreakRule(Duration maximumStretch, string source = "", Enforcement? enforcement = null)
        : base(source, enforcement ?? Enforcement.Hard)
    {
        if (maximumStretch <= Duration.Zero || maximumStretch > Duration.FromHours(24))
            throw new DomainException("break: the longest stretch without a break must be more than 0 and at most 24 h");
        MaximumStretch = maximumStretch;
    }

    public Duration MaximumStretch { get; }
    public override string Id => RuleIds.Break;
    public override string Unit => "minute worked over the longest stretch without a break";

    public static readonly Duration LawMaximum = Duration.FromHours(5);

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<BreakRule> Definition { get; } = new(
        new RuleDescription(RuleIds.Break, RuleKind.Law, new("rast", "breaks"), new("arbetstidslagen 15 §", "Working Hours Act § 15"), new("högst 5 timmars arbete i följd utan rast, alltid hård", "at most 5 h of work in a row without a break, always hard")),
        "maximumStretchMinutes (300)",
        read: i => new BreakRule(i.Parameters.Minutes("maximumStretchMinutes", 5 * 60), enforcement: i.HardUnlessWeighted),
        check: rule => new BreakCheck(rule),
        limits:
        [
            new("maximumStretchMinutes", rule => rule.MaximumStretch > LawMaximum, $"must be at most {(long)LawMaximum.TotalMinutes} (5 h, ATL § 15): a unit's pack may ask for breaks sooner, not later"),
        ]);
}
