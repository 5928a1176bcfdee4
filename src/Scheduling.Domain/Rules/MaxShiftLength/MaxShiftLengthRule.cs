namespace Scheduling.Domain.Rules;

/// <summary>A shift's real length is at most <see cref="Maximum"/> (AB: 13 h). Unit: a minute over.</summary>
public sealed record MaxShiftLengthRule : Rule
{
    public MaxShiftLengthRule(Duration maximum, string source = "", Enforcement? enforcement = null)
        : base(source, enforcement ?? Enforcement.Hard)
    {
        if (maximum <= Duration.Zero) throw new DomainException("max-shift: maximum must be positive");
        Maximum = maximum;
    }

    public Duration Maximum { get; }
    public override string Id => RuleIds.MaxShiftLength;
    public override string Unit => "minute over the maximum";

    public static readonly Duration AgreedMaximum = Duration.FromHours(13);

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<MaxShiftLengthRule> Definition { get; } = new(
        new RuleDescription(RuleIds.MaxShiftLength, RuleKind.Agreement, new("längsta pass", "maximum shift length"), new("AB (kollektivavtalet)", "AB (the collective agreement)"), new("högst 13 timmar per pass, alltid hård", "at most 13 h per shift, always hard")),
        "maximumMinutes (780)",
        read: i => new MaxShiftLengthRule(i.Parameters.Minutes("maximumMinutes", 13 * 60), enforcement: i.HardUnlessWeighted),
        check: rule => new MaxShiftLengthCheck(rule),
        limits:
        [
            new("maximumMinutes", rule => rule.Maximum > AgreedMaximum, $"must be at most {(long)AgreedMaximum.TotalMinutes} (13 h, AB): a unit's pack may shorten shifts, not lengthen them"),
        ]);
}
