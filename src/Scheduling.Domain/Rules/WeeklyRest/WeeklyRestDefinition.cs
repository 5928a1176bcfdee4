namespace Scheduling.Domain.Rules;

/// <summary><c>weekly-rest</c>: the definition of <see cref="WeeklyRestRule"/>, its texts, reading and check.</summary>
internal sealed class WeeklyRestDefinition() : RuleDefinition<WeeklyRestRule>(
    new RuleDescription(RuleIds.WeeklyRest, RuleKind.Law, new("veckovila", "weekly rest"), new("arbetstidslagen 14 §", "Working Hours Act § 14"), new("minst 36 timmars sammanhängande vila under varje period om sju dagar, alltid hård", "at least 36 h of unbroken rest in every 7 days, always hard")),
    "minimumRestMinutes (2160), windowDays (7)")
{
    public static readonly NodaTime.Duration LawMinimum = NodaTime.Duration.FromHours(36);

    public const int LawWindowDays = 7;

    private protected override WeeklyRestRule ReadRule(RuleInput i) => new WeeklyRestRule(i.Parameters.Minutes("minimumRestMinutes", 36 * 60), i.Parameters.Int("windowDays") ?? 7, enforcement: i.HardUnlessWeighted);

    private protected override Checking.IRuleCheck Check(WeeklyRestRule rule) => new WeeklyRestCheck(rule);

    private protected override IEnumerable<(string Field, string Reason)> Loosening(WeeklyRestRule rule) =>
    [
        .. MustBeHard(rule, Description),
        .. Limit("minimumRestMinutes", rule.MinimumRest < LawMinimum, $"must be at least {(long)LawMinimum.TotalMinutes} (36 h, ATL § 14): a unit's pack may lengthen weekly rest, not shorten it"),
        .. Limit("windowDays", rule.WindowDays > LawWindowDays, $"must be at most {LawWindowDays} (ATL § 14: in every 7 days)"),
    ];
}
