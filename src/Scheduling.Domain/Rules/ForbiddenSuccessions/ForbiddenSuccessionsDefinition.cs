namespace Scheduling.Domain.Rules;

/// <summary><c>forbidden-successions</c>: the definition of <see cref="ForbiddenSuccessionsRule"/>, its texts, reading and check.</summary>
internal sealed class ForbiddenSuccessionsDefinition() : RuleDefinition<ForbiddenSuccessionsRule>(
    new RuleDescription(RuleIds.ForbiddenSuccessions, RuleKind.UnitPolicy, new("förbjuden passföljd", "forbidden shift succession"), new("enhetens regler", "the unit's policy")),
    "successions ([{from, to}], none)")
{
    private protected override ForbiddenSuccessionsRule ReadRule(RuleInput i) => new ForbiddenSuccessionsRule(i.Parameters.Successions("successions"), enforcement: i.HardUnlessWeighted);

    private protected override Checking.IRuleCheck Check(ForbiddenSuccessionsRule rule) => new ForbiddenSuccessionsCheck(rule);
}
