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
            if (rule.Enforcement.IsHard) c.Require(c.Model.Add(g.Present >= g.Minimum), rule.Id, -1, g.Day);
            else if (g.Minimum > 0) c.Penalize(c.PositivePart(g.Minimum - g.Present, g.Minimum, $"short_min_{index}"), checked(rule.Enforcement.Weight * g.Slots));
            index++;
        }
    }
}
