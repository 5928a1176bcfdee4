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
}
