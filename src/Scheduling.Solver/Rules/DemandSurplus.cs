using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>demand-surplus (a balanced budget), soft: weight × people over the ideal, per slot.</summary>
internal sealed class DemandSurplus(DemandSurplusRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        var index = 0;
        foreach (var g in DemandSlots.Of(c).Groups)
        {
            if (g.Most > g.Ideal) c.Penalize(c.PositivePart(g.Present - g.Ideal, g.Most - g.Ideal, $"surplus_{index}"), checked(rule.Enforcement.Weight * g.Slots));
            index++;
        }
    }
}
