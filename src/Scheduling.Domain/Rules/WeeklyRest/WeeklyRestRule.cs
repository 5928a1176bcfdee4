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

    public static readonly Duration LawMinimum = Duration.FromHours(36);

    public const int LawWindowDays = 7;

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<WeeklyRestRule> Definition { get; } = new(
        new RuleDescription(RuleIds.WeeklyRest, RuleKind.Law, new("veckovila", "weekly rest"), new("arbetstidslagen 14 §", "Working Hours Act § 14"), new("minst 36 timmars sammanhängande vila under varje period om sju dagar, alltid hård", "at least 36 h of unbroken rest in every 7 days, always hard")),
        "minimumRestMinutes (2160), windowDays (7)",
        read: i => new WeeklyRestRule(i.Parameters.Minutes("minimumRestMinutes", 36 * 60), i.Parameters.Int("windowDays") ?? 7, enforcement: i.HardUnlessWeighted),
        check: rule => new WeeklyRestCheck(rule),
        limits:
        [
            new("minimumRestMinutes", rule => rule.MinimumRest < LawMinimum, $"must be at least {(long)LawMinimum.TotalMinutes} (36 h, ATL § 14): a unit's pack may lengthen weekly rest, not shorten it"),
            new("windowDays", rule => rule.WindowDays > LawWindowDays, $"must be at most {LawWindowDays} (ATL § 14: in every 7 days)"),
        ]);
}
