namespace Scheduling.Domain.Rules;

/// <summary><c>shift-cover</c>: the definition of <see cref="ShiftCoverRule"/>, its texts, reading and check.</summary>
internal sealed class ShiftCoverDefinition() : RuleDefinition<ShiftCoverRule>(
    new RuleDescription(RuleIds.ShiftCover, RuleKind.UnitPolicy, new("bemanning per pass", "staffing per shift"), new("enhetens bemanningsbehov", "the unit's staffing need")),
    "weight (1, times each row's own weights)")
{
    private protected override ShiftCoverRule ReadRule(RuleInput i) => new ShiftCoverRule(i.Weight(1));

    private protected override Checking.IRuleCheck Check(ShiftCoverRule rule) => new ShiftCoverCheck(rule);
}
