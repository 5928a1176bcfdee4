namespace Scheduling.Domain.Rules;

/// <summary>
/// Sammanlagd arbetstid: each employee's total working time, overtime and mertid included, is at most
/// <see cref="MaximumWeekly"/> a week on average over <see cref="ReferenceMonths"/> calendar months (ATL §10b: 48 h over at
/// most 4 months). Working time is the real length of each shift less its unpaid break, counted on its start date. The
/// period is cut into windows of the reference months from its first day; a window shorter than that (as every period of
/// 4–16 weeks is) is held to the average pro rata (maximum × its days ÷ 7, rounded down to the minute). With history,
/// the first window reaches back into it up to the full reference months, counting the minutes worked there. Unit: a minute over, per employee and window.
/// </summary>
public sealed record TotalHoursRule : Rule
{
    public TotalHoursRule(Duration maximumWeekly, int referenceMonths, string source = "", Enforcement? enforcement = null)
        : base(source, enforcement ?? Enforcement.Hard)
    {
        if (maximumWeekly <= Duration.Zero || maximumWeekly > Duration.FromDays(7))
            throw new DomainException("total-hours: the weekly maximum must be more than 0 and at most a week");
        if (referenceMonths < 1) throw new DomainException("total-hours: the reference period must be at least 1 month");
        MaximumWeekly = maximumWeekly;
        ReferenceMonths = referenceMonths;
    }

    public Duration MaximumWeekly { get; }
    public int ReferenceMonths { get; }
    public override string Id => RuleIds.TotalHours;
    public override string Unit => "minute over the average, per reference window";

    public static readonly Duration LawWeeklyMaximum = Duration.FromHours(48);
    public const int LawReferenceMonths = 4;

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<TotalHoursRule> Definition { get; } = new(
        new RuleDescription(RuleIds.TotalHours, RuleKind.Law, new("sammanlagd arbetstid", "total working time"), new("arbetstidslagen 10 b §", "Working Hours Act § 10 b"), new("högst 48 timmar i veckan i genomsnitt under högst 4 månader, övertid medräknad, alltid hård", "at most 48 h a week on average over at most 4 months, overtime included, always hard")),
        "maximumWeeklyMinutes (2880), referenceMonths (4)",
        read: Read,
        check: rule => new WeeklyAverageCheck(rule, rule.MaximumWeekly, NodaTime.Period.FromMonths(rule.ReferenceMonths), new("sammanlagd arbetstid", "total working time")),
        limits:
        [
            new("maximumWeeklyMinutes", rule => rule.MaximumWeekly > LawWeeklyMaximum, $"must be at most {(long)LawWeeklyMaximum.TotalMinutes} (48 h, ATL § 10 b): a unit's pack may lower total hours, not raise them"),
            new("referenceMonths", rule => rule.ReferenceMonths > LawReferenceMonths, $"must be at most {LawReferenceMonths} (ATL § 10 b): a unit's pack may average over fewer months, not more"),
        ]);

    private static TotalHoursRule Read(RuleInput i)
    {
        var months = i.Parameters.Positive("referenceMonths", LawReferenceMonths);
        var weekly = i.Parameters.PositiveMinutes("maximumWeeklyMinutes", LawWeeklyMaximum);
        return new TotalHoursRule(weekly, months, enforcement: i.HardUnlessWeighted);
    }
}
