using NodaTime;

namespace Scheduling.Domain.Rules;

/// <summary>
/// Veckovila: every window of <see cref="WindowDays"/> consecutive days inside the period (from local
/// midnight to local midnight) holds at least <see cref="MinimumRest"/> of unbroken rest (ATL §14: 36 h
/// in every 7 days). Time before the period counts as rest. Unit: one window lacking it.
/// </summary>
public sealed record WeeklyRestRule : Rule
{
    public WeeklyRestRule(Duration minimumRest, int windowDays = 7, string source = "", Enforcement? enforcement = null)
        : base(source, enforcement ?? Enforcement.Hard)
    {
        if (windowDays < 1) throw new DomainException("weekly-rest: window must be at least 1 day");
        if (minimumRest <= Duration.Zero || minimumRest > Duration.FromDays(windowDays))
            throw new DomainException("weekly-rest: minimum rest must be positive and fit in the window");
        MinimumRest = minimumRest;
        WindowDays = windowDays;
    }

    public Duration MinimumRest { get; }
    public int WindowDays { get; }
    public override string Id => RuleIds.WeeklyRest;
    public override string Unit => "7-day window without the rest";
}
