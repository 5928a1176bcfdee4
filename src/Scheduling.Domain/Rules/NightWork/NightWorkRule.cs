namespace Scheduling.Domain.Rules;

/// <summary>
/// Nattarbete: a night worker's working time is at most <see cref="MaximumPerDay"/> per 24 hours on average over
/// <see cref="ReferenceMonths"/> calendar months (ATL §13a: 8 h over at most 4 months). A night worker, in this engine,
/// is an employee at least <see cref="NightSharePercent"/> % of whose shifts in the period are night shifts (templates
/// of kind <see cref="ShiftKind.Night"/>; ATL's "a third of the year's working time at night", counted in shifts of the
/// period); the share is taken over the whole period. Working time is the real length of each shift less its unpaid
/// break, on its start date. The period is cut into windows of the reference months from its first day; a window shorter
/// than that (as every period of 4–16 weeks is) is held pro rata: maximum × its days. With history, the first window
/// reaches back into it up to the full reference months, counting the minutes worked there (a window the history alone
/// puts over the cap charges only what the period adds); whether an employee is a night worker is still judged by the
/// period's shifts. The stricter cap for night work with special risks (8 h in every 24 h) is not modelled. Unit: a
/// minute over, per night worker and window.
/// </summary>
public sealed record NightWorkRule : Rule
{
    public NightWorkRule(Duration maximumPerDay, int referenceMonths, int nightSharePercent, string source = "", Enforcement? enforcement = null)
        : base(source, enforcement ?? Enforcement.Hard)
    {
        if (maximumPerDay <= Duration.Zero || maximumPerDay > Duration.FromHours(24))
            throw new DomainException("night-work: the maximum per 24 h must be more than 0 and at most 24 h");
        if (referenceMonths < 1) throw new DomainException("night-work: the reference period must be at least 1 month");
        if (nightSharePercent is < 1 or > 100) throw new DomainException("night-work: the night share must be from 1 to 100 %");
        MaximumPerDay = maximumPerDay;
        ReferenceMonths = referenceMonths;
        NightSharePercent = nightSharePercent;
    }

    public Duration MaximumPerDay { get; }
    public int ReferenceMonths { get; }

    /// <summary>The share of an employee's shifts in the period that makes them a night worker (nattarbetande).</summary>
    public int NightSharePercent { get; }

    public override string Id => RuleIds.NightWork;
    public override string Unit => "minute over the average, per night worker and reference window";

    public static readonly Duration LawMaximumPerDay = Duration.FromHours(8);
    public const int LawReferenceMonths = 4;
    public const int LawNightSharePercent = 33;

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<NightWorkRule> Definition { get; } = new(
        new RuleDescription(RuleIds.NightWork, RuleKind.Law, new("nattarbete", "night work"), new("arbetstidslagen 13 a §", "Working Hours Act § 13 a"), new("nattarbetande högst 8 timmar per 24 timmar i genomsnitt under högst 4 månader, alltid hård", "night workers at most 8 h per 24 h on average over at most 4 months, always hard")),
        "maximumPerDayMinutes (480), referenceMonths (4), nightSharePercent (33)",
        read: Read,
        check: rule => new NightWorkCheck(rule),
        limits:
        [
            new("maximumPerDayMinutes", rule => rule.MaximumPerDay > LawMaximumPerDay, $"must be at most {(long)LawMaximumPerDay.TotalMinutes} (8 h, ATL § 13 a): a unit's pack may lower it, not raise it"),
            new("referenceMonths", rule => rule.ReferenceMonths > LawReferenceMonths, $"must be at most {LawReferenceMonths} (ATL § 13 a): a unit's pack may average over fewer months, not more"),
            new("nightSharePercent", rule => rule.NightSharePercent > LawNightSharePercent, $"must be at most {LawNightSharePercent} (a third, ATL § 13 a): a unit's pack may count more employees as night workers, not fewer"),
        ]);

    private static NightWorkRule Read(RuleInput i)
    {
        var months = i.Parameters.Positive("referenceMonths", LawReferenceMonths);
        var perDay = i.Parameters.PositiveMinutes("maximumPerDayMinutes", LawMaximumPerDay, most: Duration.FromHours(24));
        return new NightWorkRule(perDay, months, i.Parameters.Percent("nightSharePercent", LawNightSharePercent), enforcement: i.HardUnlessWeighted);
    }
}
