namespace Scheduling.Domain.Rules;

/// <summary><c>ordinary-hours</c>: the definition of <see cref="OrdinaryHoursRule"/>, its texts, reading and check.</summary>
internal sealed class OrdinaryHoursDefinition() : RuleDefinition<OrdinaryHoursRule>(
    new RuleDescription(RuleIds.OrdinaryHours, RuleKind.Law, new("ordinarie arbetstid", "ordinary working time"), new("arbetstidslagen 5 §", "Working Hours Act § 5"), new("högst 40 timmar i veckan i genomsnitt under högst 4 veckor, alltid hård", "at most 40 h a week on average over at most 4 weeks, always hard")),
    "maximumWeeklyMinutes (2400), referenceWeeks (4)")
{
    public static readonly NodaTime.Duration LawWeeklyMaximum = NodaTime.Duration.FromHours(40);
    public const int LawReferenceWeeks = 4;

    private protected override OrdinaryHoursRule ReadRule(RuleInput i)
    {
        var weeks = i.Parameters.Positive("referenceWeeks", LawReferenceWeeks);
        var weekly = i.Parameters.PositiveMinutes("maximumWeeklyMinutes", LawWeeklyMaximum);
        return new OrdinaryHoursRule(weekly, weeks, enforcement: i.HardUnlessWeighted);
    }

    private protected override Checking.IRuleCheck Check(OrdinaryHoursRule rule) => new OrdinaryHoursCheck(rule);

    private protected override IEnumerable<(string Field, string Reason)> Loosening(OrdinaryHoursRule rule) =>
    [
        .. MustBeHard(rule, Description),
        .. Limit("maximumWeeklyMinutes", rule.MaximumWeekly > LawWeeklyMaximum, $"must be at most {(long)LawWeeklyMaximum.TotalMinutes} (40 h, ATL § 5): a unit's pack may lower ordinary hours, not raise them"),
        .. Limit("referenceWeeks", rule.ReferenceWeeks > LawReferenceWeeks, $"must be at most {LawReferenceWeeks} (ATL § 5): a unit's pack may average over fewer weeks, not more"),
    ];
}
