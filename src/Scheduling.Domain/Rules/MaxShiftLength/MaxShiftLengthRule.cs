using NodaTime;

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
}
