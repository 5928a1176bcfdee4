namespace Scheduling.Domain.Rules;

/// <summary>
/// Soft: personalkontinuitet. Per resident group and week of the period (seven days from its first, the last week
/// what remains), each different person serving the group beyond <see cref="TargetStaffPerWeek"/> costs the weight;
/// each shift a group's contact person works that does not serve their group costs <see cref="ContactWeight"/>.
/// Unit: a person beyond the target in a group-week (or a contact person's shift elsewhere).
/// </summary>
public sealed record ContinuityRule : Rule
{
    public const long DefaultWeight = 10;
    public const int DefaultTarget = 6;
    public const long DefaultContactWeight = 2;

    public ContinuityRule(long weight = DefaultWeight, int targetStaffPerWeek = DefaultTarget, long contactWeight = DefaultContactWeight, string source = "")
        : base(source, Enforcement.Soft(weight))
    {
        if (targetStaffPerWeek < 0) throw new DomainException("continuity: targetStaffPerWeek must not be negative");
        if (contactWeight < 0) throw new DomainException("continuity: contactWeight must not be negative");
        TargetStaffPerWeek = targetStaffPerWeek;
        ContactWeight = contactWeight;
    }

    /// <summary>The different staff a group may meet in a week at no charge.</summary>
    public int TargetStaffPerWeek { get; }

    /// <summary>The charge per shift a contact person works away from their residents' group.</summary>
    public long ContactWeight { get; }

    public override string Id => RuleIds.Continuity;
    public override string Unit => "person beyond the target in a group-week";

    /// <summary>The weeks of a period of <paramref name="days"/> days: [first, end) day indexes, seven days each from the first.</summary>
    public static IEnumerable<(int First, int End)> Weeks(int days)
    {
        for (var first = 0; first < days; first += 7) yield return (first, Math.Min(days, first + 7));
    }

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<ContinuityRule> Definition { get; } = new(
        new RuleDescription(RuleIds.Continuity, RuleKind.UnitPolicy, new("personalkontinuitet", "continuity of care"), new("få olika personal per boendegrupp och vecka, kontaktpersonen hos sina boende (enhetens regler)", "few different staff per resident group and week, contact persons with their residents (the unit's policy)")),
        $"weight ({DefaultWeight}), targetStaffPerWeek ({DefaultTarget}), contactWeight ({DefaultContactWeight})",
        read: Read,
        check: rule => new ContinuityCheck(rule));

    private static ContinuityRule Read(RuleInput i)
    {
        var target = i.Parameters.Int("targetStaffPerWeek") ?? DefaultTarget;
        if (target < 0) i.Errors.Add($"{i.Field}.parameters.targetStaffPerWeek", "must not be negative");
        var contact = i.Parameters.Int("contactWeight") ?? (int)DefaultContactWeight;
        if (contact < 0) i.Errors.Add($"{i.Field}.parameters.contactWeight", "must not be negative");
        return new ContinuityRule(i.Weight(DefaultWeight), Math.Max(0, target), Math.Max(0, contact));
    }
}
