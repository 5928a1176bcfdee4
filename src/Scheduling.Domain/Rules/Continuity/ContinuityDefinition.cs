namespace Scheduling.Domain.Rules;

/// <summary><c>continuity</c>: the definition of <see cref="ContinuityRule"/>, its texts, reading and check.</summary>
internal sealed class ContinuityDefinition() : RuleDefinition<ContinuityRule>(
    new RuleDescription(RuleIds.Continuity, RuleKind.UnitPolicy, new("personalkontinuitet", "continuity of care"), new("få olika personal per boendegrupp och vecka, kontaktpersonen hos sina boende (enhetens regler)", "few different staff per resident group and week, contact persons with their residents (the unit's policy)")),
    $"weight ({ContinuityRule.DefaultWeight}), targetStaffPerWeek ({ContinuityRule.DefaultTarget}), contactWeight ({ContinuityRule.DefaultContactWeight})")
{
    private protected override ContinuityRule ReadRule(RuleInput i)
    {
        var target = i.Parameters.Int("targetStaffPerWeek") ?? ContinuityRule.DefaultTarget;
        if (target < 0) i.Errors.Add($"{i.Field}.parameters.targetStaffPerWeek", "must not be negative");
        var contact = i.Parameters.Int("contactWeight") ?? (int)ContinuityRule.DefaultContactWeight;
        if (contact < 0) i.Errors.Add($"{i.Field}.parameters.contactWeight", "must not be negative");
        return new ContinuityRule(i.Weight(ContinuityRule.DefaultWeight), Math.Max(0, target), Math.Max(0, contact));
    }

    private protected override Checking.IRuleCheck Check(ContinuityRule rule) => new ContinuityCheck(rule);
}
