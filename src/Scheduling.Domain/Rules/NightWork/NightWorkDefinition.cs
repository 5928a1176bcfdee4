namespace Scheduling.Domain.Rules;

/// <summary><c>night-work</c>: the definition of <see cref="NightWorkRule"/>, its texts, reading and check.</summary>
internal sealed class NightWorkDefinition() : RuleDefinition<NightWorkRule>(
    new RuleDescription(RuleIds.NightWork, RuleKind.Law, new("nattarbete", "night work"), new("arbetstidslagen 13 a §", "Working Hours Act § 13 a"), new("nattarbetande högst 8 timmar per 24 timmar i genomsnitt under högst 4 månader, alltid hård", "night workers at most 8 h per 24 h on average over at most 4 months, always hard")),
    "maximumPerDayMinutes (480), referenceMonths (4), nightSharePercent (33)")
{
    public static readonly NodaTime.Duration LawMaximumPerDay = NodaTime.Duration.FromHours(8);
    public const int LawReferenceMonths = 4;
    public const int LawNightSharePercent = 33;

    private protected override NightWorkRule ReadRule(RuleInput i)
    {
        var months = i.Parameters.Positive("referenceMonths", LawReferenceMonths);
        var perDay = i.Parameters.PositiveMinutes("maximumPerDayMinutes", LawMaximumPerDay, most: NodaTime.Duration.FromHours(24));
        return new NightWorkRule(perDay, months, i.Parameters.Percent("nightSharePercent", LawNightSharePercent), enforcement: i.HardUnlessWeighted);
    }

    private protected override Checking.IRuleCheck Check(NightWorkRule rule) => new NightWorkCheck(rule);

    private protected override IEnumerable<(string Field, string Reason)> Loosening(NightWorkRule rule) =>
    [
        .. MustBeHard(rule, Description),
        .. Limit("maximumPerDayMinutes", rule.MaximumPerDay > LawMaximumPerDay, $"must be at most {(long)LawMaximumPerDay.TotalMinutes} (8 h, ATL § 13 a): a unit's pack may lower it, not raise it"),
        .. Limit("referenceMonths", rule.ReferenceMonths > LawReferenceMonths, $"must be at most {LawReferenceMonths} (ATL § 13 a): a unit's pack may average over fewer months, not more"),
        .. Limit("nightSharePercent", rule.NightSharePercent > LawNightSharePercent, $"must be at most {LawNightSharePercent} (a third, ATL § 13 a): a unit's pack may count more employees as night workers, not fewer"),
    ];
}
