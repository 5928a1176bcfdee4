using Google.OrTools.Sat;
using Scheduling.Domain.Rules;
using Scheduling.Domain.Units;

namespace Scheduling.Solver.Rules;

/// <summary>
/// shift-cover: per template and date (at the row's unit, in a problem that plans several), under = max(0, required − count) and over = max(0, count − required),
/// both exact (not free slacks), weighted by the row's weights times the rule's multiplier.
/// </summary>
internal sealed class ShiftCover(ShiftCoverRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        foreach (var demand in c.Problem.ShiftDemands)
        {
            var d = c.Problem.Period.IndexOf(demand.Date);
            var t = c.AlternativeAt(demand.Shift, c.Problem.UnitOf(demand));
            var count = LinearExpr.Sum(Enumerable.Range(0, c.E).Select(e => c.X[e, d, t]));
            if (rule.Enforcement.IsHard)
            {
                c.Require(c.Model.Add(count == demand.Required), rule.Id, -1, d);
                continue;
            }

            if (demand.UnderWeight > 0 && demand.Required > 0)
                c.Penalize(c.PositivePart(demand.Required - count, demand.Required, $"under_{d}_{t}"), checked(rule.Enforcement.Weight * demand.UnderWeight));
            if (demand.OverWeight > 0 && demand.Required < c.E)
                c.Penalize(c.PositivePart(count - demand.Required, c.E - demand.Required, $"over_{d}_{t}"), checked(rule.Enforcement.Weight * demand.OverWeight));
        }
    }
}
