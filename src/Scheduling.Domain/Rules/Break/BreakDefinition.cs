namespace Scheduling.Domain.Rules;

/// <summary><c>break</c>: the definition of <see cref="BreakRule"/>, its texts, reading and check.</summary>
internal sealed class BreakDefinition() : RuleDefinition<BreakRule>(
    new RuleDescription(RuleIds.Break, RuleKind.Law, new("rast", "breaks"), new("arbetstidslagen 15 §", "Working Hours Act § 15"), new("högst 5 timmars arbete i följd utan rast, alltid hård", "at most 5 h of work in a row without a break, always hard")),
    "maximumStretchMinutes (300)")
{
    public static readonly NodaTime.Duration LawMaximum = NodaTime.Duration.FromHours(5);

    private protected override BreakRule ReadRule(RuleInput i) => new BreakRule(i.Parameters.Minutes("maximumStretchMinutes", 5 * 60), enforcement: i.HardUnlessWeighted);

    private protected override Checking.IRuleCheck Check(BreakRule rule) => new BreakCheck(rule);

    private protected override IEnumerable<(string Field, string Reason)> Loosening(BreakRule rule) =>
    [
        .. MustBeHard(rule, Description),
        .. Limit("maximumStretchMinutes", rule.MaximumStretch > LawMaximum, $"must be at most {(long)LawMaximum.TotalMinutes} (5 h, ATL § 15): a unit's pack may ask for breaks sooner, not later"),
    ];
}
