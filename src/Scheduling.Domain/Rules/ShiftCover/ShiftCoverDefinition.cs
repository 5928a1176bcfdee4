namespace Scheduling.Domain.Rules;

/// <summary><c>shift-cover</c>: the definition of <see cref="ShiftCoverRule"/>, its texts, reading and check.</summary>
internal sealed class ShiftCoverDefinition : RuleDefinition<ShiftCoverRule>
{
    public ShiftCoverDefinition()
        : base(new RuleDescription(
            RuleIds.ShiftCover,
            RuleKind.UnitPolicy,
            new RuleText("bemanning per pass", "staffing per shift"),
            new RuleText("enhetens bemanningsbehov", "the unit's staffing need")))
    {
    }

    public override string ParameterDefaults => "weight (1, times each row's own weights)";

    private protected override ShiftCoverRule ReadRule(RuleInput i) => new ShiftCoverRule(i.Weight(1));

    private protected override Checking.IRuleCheck Check(ShiftCoverRule rule) => new ShiftCoverCheck(rule);
}
