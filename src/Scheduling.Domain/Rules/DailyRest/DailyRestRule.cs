using NodaTime;

namespace Scheduling.Domain.Rules;

/// <summary>
/// Dygnsvila: between the end of any shift and the start of a later one of the same employee there are
/// at least <see cref="MinimumRest"/> of rest (ATL §13: 11 h). Unit: a minute short, per pair of shifts.
/// </summary>
public sealed record DailyRestRule : Rule
{
    public DailyRestRule(Duration minimumRest, string source = "", Enforcement? enforcement = null)
        : base(source, enforcement ?? Enforcement.Hard)
    {
        if (minimumRest < Duration.Zero || minimumRest > Duration.FromHours(24))
            throw new DomainException("daily-rest: minimum rest must be between 0 and 24 h");
        MinimumRest = minimumRest;
    }

    public Duration MinimumRest { get; }
    public override string Id => RuleIds.DailyRest;
    public override string Unit => "minute of rest short";
}
