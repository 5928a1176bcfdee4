using Scheduling.Domain.Units;

namespace Scheduling.Domain.Rules;

/// <summary>
/// Soft: resource shifts (resurspass) in the order Swedish municipalities book them: own unit, then the nearby units,
/// then the central pool (bemanningsenheten). Each shift an employee works away from their home unit costs the weight
/// × its booking rank (<see cref="Rank"/>): the k-th unit of the home unit's booking order (from 0) is rank k + 1, a
/// pool unit not in it the rank after the listed ones, any other unit one more. Together with hours-target and the
/// demand rules it makes a unit's surplus hours go to the nearest gap rather than be over-cover.
/// Unit: a booking step of a shift away from home.
/// </summary>
public sealed record PoolOrderRule : Rule
{
    public const long DefaultWeight = 20;

    public PoolOrderRule(long weight = DefaultWeight, string source = "")
        : base(source, Enforcement.Soft(weight))
    {
    }

    public override string Id => RuleIds.PoolOrder;
    public override string Unit => "booking step of a shift away from the home unit";

    /// <summary>
    /// The booking rank of a shift at <paramref name="at"/> for staff of <paramref name="home"/>: 0 at home; k + 1 at the
    /// k-th unit of home's booking order; a pool unit not listed: the count listed + 1; any other unit: the count + 2.
    /// </summary>
    public static int Rank(RosterProblem problem, UnitId home, UnitId at)
    {
        if (at == home) return 0;
        var order = problem.Units.FirstOrDefault(u => u.Id == home)?.BookingOrder ?? [];
        var listed = order.IndexOf(at);
        if (listed >= 0) return listed + 1;
        return problem.Units.Any(u => u.Id == at && u.IsPool) ? order.Length + 1 : order.Length + 2;
    }

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<PoolOrderRule> Definition { get; } = new(
        new RuleDescription(RuleIds.PoolOrder, RuleKind.UnitPolicy, new("resurspass i bokningsordning", "resource shifts in booking order"),
            new("egen enhet, sedan närliggande enheter, sist bemanningsenheten (kommunens bokningsordning)", "own unit, then nearby units, then the central pool (the municipality's booking order)")),
        $"weight ({DefaultWeight})",
        read: i => new(i.Weight(DefaultWeight)),
        check: rule => new PoolOrderCheck(rule));
}
