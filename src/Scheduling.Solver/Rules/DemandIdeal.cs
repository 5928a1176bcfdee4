using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>demand-ideal (the unit's demand curve), soft: weight × people short of the ideal, per slot.</summary>
internal sealed class DemandIdeal(DemandIdealRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        var index = 0;
        foreach (var g in DemandSlots.Of(c).Groups)
        {
            if (g.Ideal > 0) c.Penalize(c.PositivePart(g.Ideal - g.Present, g.Ideal, $"short_ideal_{index}"), checked(rule.Enforcement.Weight * g.Slots));
            index++;
        }
    }
}
