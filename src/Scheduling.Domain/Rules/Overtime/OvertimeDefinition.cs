namespace Scheduling.Domain.Rules;

/// <summary><c>overtime</c>: the definition of <see cref="OvertimeRule"/>, its texts, reading and check.</summary>
internal sealed class OvertimeDefinition() : RuleDefinition<OvertimeRule>(
    new RuleDescription(RuleIds.Overtime, RuleKind.Law, new("övertid", "overtime"), new("arbetstidslagen 8 §", "Working Hours Act § 8"), new("högst 48 timmar per 4 veckor eller 50 timmar per månad och 200 timmar per år, alltid hård", "at most 48 h per 4 weeks or 50 h per month, and 200 h per year, always hard")),
    "perFourWeeksMinutes (2880), perMonthMinutes (3000), perCalendarMonth (false), perYearMinutes (12000)")
{
    public static readonly NodaTime.Duration LawPerFourWeeks = NodaTime.Duration.FromHours(48);
    public static readonly NodaTime.Duration LawPerMonth = NodaTime.Duration.FromHours(50);
    public static readonly NodaTime.Duration LawPerYear = NodaTime.Duration.FromHours(200);

    private protected override OvertimeRule ReadRule(RuleInput i) => new(
        i.Parameters.Minutes("perFourWeeksMinutes", 48 * 60),
        i.Parameters.Minutes("perMonthMinutes", 50 * 60),
        i.Parameters.Bool("perCalendarMonth"),
        i.Parameters.Minutes("perYearMinutes", 200 * 60),
        enforcement: i.HardUnlessWeighted);

    private protected override Checking.IRuleCheck Check(OvertimeRule rule) => new OvertimeCheck(rule);

    private protected override IEnumerable<(string Field, string Reason)> Loosening(OvertimeRule rule) =>
    [
        .. MustBeHard(rule, Description),
        .. Limit("perFourWeeksMinutes", rule.PerFourWeeks > LawPerFourWeeks, $"must be at most {(long)LawPerFourWeeks.TotalMinutes} (48 h, ATL § 8): a unit's pack may lower the cap, not raise it"),
        .. Limit("perMonthMinutes", rule.PerMonth > LawPerMonth, $"must be at most {(long)LawPerMonth.TotalMinutes} (50 h, ATL § 8): a unit's pack may lower the cap, not raise it"),
        .. Limit("perYearMinutes", rule.PerYear > LawPerYear, $"must be at most {(long)LawPerYear.TotalMinutes} (200 h, ATL § 8): a unit's pack may lower the cap, not raise it"),
    ];
}
