namespace Scheduling.Domain.Rules;

/// <summary><c>total-hours</c>: the definition of <see cref="TotalHoursRule"/>, its texts, reading and check.</summary>
internal sealed class TotalHoursDefinition() : RuleDefinition<TotalHoursRule>(
    new RuleDescription(RuleIds.TotalHours, RuleKind.Law, new("sammanlagd arbetstid", "total working time"), new("arbetstidslagen 10 b §", "Working Hours Act § 10 b"), new("högst 48 timmar i veckan i genomsnitt under högst 4 månader, övertid medräknad, alltid hård", "at most 48 h a week on average over at most 4 months, overtime included, always hard")),
    "maximumWeeklyMinutes (2880), referenceMonths (4)")
{
    public static readonly NodaTime.Duration LawWeeklyMaximum = NodaTime.Duration.FromHours(48);
    public const int LawReferenceMonths = 4;

    private protected override TotalHoursRule ReadRule(RuleInput i)
    {
        var months = i.Parameters.Positive("referenceMonths", LawReferenceMonths);
        var weekly = i.Parameters.PositiveMinutes("maximumWeeklyMinutes", LawWeeklyMaximum);
        return new TotalHoursRule(weekly, months, enforcement: i.HardUnlessWeighted);
    }

    private protected override Checking.IRuleCheck Check(TotalHoursRule rule) => new TotalHoursCheck(rule);

    private protected override IEnumerable<(string Field, string Reason)> Loosening(TotalHoursRule rule) =>
    [
        .. MustBeHard(rule, Description),
        .. Limit("maximumWeeklyMinutes", rule.MaximumWeekly > LawWeeklyMaximum, $"must be at most {(long)LawWeeklyMaximum.TotalMinutes} (48 h, ATL § 10 b): a unit's pack may lower total hours, not raise them"),
        .. Limit("referenceMonths", rule.ReferenceMonths > LawReferenceMonths, $"must be at most {LawReferenceMonths} (ATL § 10 b): a unit's pack may average over fewer months, not more"),
    ];
}
