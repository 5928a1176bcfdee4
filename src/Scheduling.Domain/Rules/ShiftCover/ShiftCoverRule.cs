namespace Scheduling.Domain.Rules;

/// <summary>Cover per template per date with each row's own weights; the rule's weight multiplies them. Unit: a person short or too many.</summary>
public sealed record ShiftCoverRule : Rule
{
    public ShiftCoverRule(long multiplier = 1, string source = "")
        : base(source, Enforcement.Soft(multiplier))
    {
    }

    public override string Id => RuleIds.ShiftCover;
    public override string Unit => "person short or over";
}
