namespace Scheduling.Domain.Rules;

/// <summary><c>max-shift</c>: the definition of <see cref="MaxShiftLengthRule"/>, its texts, reading and check.</summary>
internal sealed class MaxShiftLengthDefinition() : RuleDefinition<MaxShiftLengthRule>(
    new RuleDescription(RuleIds.MaxShiftLength, RuleKind.Agreement, new("längsta pass", "maximum shift length"), new("AB (kollektivavtalet)", "AB (the collective agreement)"), new("högst 13 timmar per pass, alltid hård", "at most 13 h per shift, always hard")),
    "maximumMinutes (780)")
{
    public static readonly NodaTime.Duration AgreedMaximum = NodaTime.Duration.FromHours(13);

    private protected override MaxShiftLengthRule ReadRule(RuleInput i) => new MaxShiftLengthRule(i.Parameters.Minutes("maximumMinutes", 13 * 60), enforcement: i.HardUnlessWeighted);

    private protected override Checking.IRuleCheck Check(MaxShiftLengthRule rule) => new MaxShiftLengthCheck(rule);

    private protected override IEnumerable<(string Field, string Reason)> Loosening(MaxShiftLengthRule rule) =>
    [
        .. MustBeHard(rule, Description),
        .. Limit("maximumMinutes", rule.Maximum > AgreedMaximum, $"must be at most {(long)AgreedMaximum.TotalMinutes} (13 h, AB): a unit's pack may shorten shifts, not lengthen them"),
    ];
}
