using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// demand-minimum (the unit's demand curve): per slot at least the minimum present (hard), or weight × people short
/// per slot (soft). Exact, so the objective equals the checker's penalty.
/// </summary>
internal sealed class DemandMinimum(DemandMinimumRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        var index = 0;
        foreach (var g in DemandSlots.Of(c).Groups)
        {
            Enforce.AtLeast(c, rule, g.Present, g.Minimum, -1, g.Day, $"short_min_{index}", units: g.Slots);
            index++;
        }
    }
}
