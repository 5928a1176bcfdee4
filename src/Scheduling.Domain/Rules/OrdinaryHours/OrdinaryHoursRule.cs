namespace Scheduling.Domain.Rules;

/// <summary>
/// Ordinarie arbetstid: each employee's ordinary working time is at most <see cref="MaximumWeekly"/> a week on average
/// over a reference period (beräkningsperiod) of <see cref="ReferenceWeeks"/> weeks (ATL §5: 40 h over at most 4 weeks).
/// Every rostered minute counts (working time: real length less the unpaid break, on the shift's start date): the roster
/// schedules ordinary time, even where the cost model pays a part of it as mertid or övertid (that part is capped again
/// by <c>overtime</c>). The period is cut into reference windows from its first day; a last window shorter than the
/// reference period is held to the average pro rata (maximum × its days ÷ 7). With history, the first window reaches back
/// into it up to the full reference period, counting the minutes worked there. Unit: a minute over, per employee and window.
/// </summary>
public sealed record OrdinaryHoursRule : Rule
{
    public OrdinaryHoursRule(Duration maximumWeekly, int referenceWeeks, string source = "", Enforcement? enforcement = null)
        : base(source, enforcement ?? Enforcement.Hard)
    {
        if (maximumWeekly <= Duration.Zero || maximumWeekly > Duration.FromDays(7))
            throw new DomainException("ordinary-hours: the weekly maximum must be more than 0 and at most a week");
        if (referenceWeeks < 1) throw new DomainException("ordinary-hours: the reference period must be at least 1 week");
        MaximumWeekly = maximumWeekly;
        ReferenceWeeks = referenceWeeks;
    }

    public Duration MaximumWeekly { get; }
    public int ReferenceWeeks { get; }
    public override string Id => RuleIds.OrdinaryHours;
    public override string Unit => "minute over the average, per reference window";

    public static readonly Duration LawWeeklyMaximum = Duration.FromHours(40);
    public const int LawReferenceWeeks = 4;

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<OrdinaryHoursRule> Definition { get; } = new(
        new RuleDescription(RuleIds.OrdinaryHours, RuleKind.Law, new("ordinarie arbetstid", "ordinary working time"), new("arbetstidslagen 5 §", "Working Hours Act § 5"), new("högst 40 timmar i veckan i genomsnitt under högst 4 veckor, alltid hård", "at most 40 h a week on average over at most 4 weeks, always hard")),
        "maximumWeeklyMinutes (2400), referenceWeeks (4)",
        read: Read,
        check: rule => new WeeklyAverageCheck(rule, rule.MaximumWeekly, NodaTime.Period.FromWeeks(rule.ReferenceWeeks), new("ordinarie arbetstid", "ordinary working time")),
        limits:
        [
            new("maximumWeeklyMinutes", rule => rule.MaximumWeekly > LawWeeklyMaximum, $"must be at most {(long)LawWeeklyMaximum.TotalMinutes} (40 h, ATL § 5): a unit's pack may lower ordinary hours, not raise them"),
            new("referenceWeeks", rule => rule.ReferenceWeeks > LawReferenceWeeks, $"must be at most {LawReferenceWeeks} (ATL § 5): a unit's pack may average over fewer weeks, not more"),
        ]);

    private static OrdinaryHoursRule Read(RuleInput i)
    {
        var weeks = i.Parameters.Positive("referenceWeeks", LawReferenceWeeks);
        var weekly = i.Parameters.PositiveMinutes("maximumWeeklyMinutes", LawWeeklyMaximum);
        return new OrdinaryHoursRule(weekly, weeks, enforcement: i.HardUnlessWeighted);
    }
}
