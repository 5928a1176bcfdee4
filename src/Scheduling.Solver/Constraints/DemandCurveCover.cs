using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Constraints;

/// <summary>
/// demand-minimum, demand-ideal, demand-surplus: per slot of the demand curve, the people present are the
/// shifts overlapping the slot worked by someone holding the slot's competence on the shift's date (no
/// employee has two overlapping shifts, so the sum counts people). Shortfall and surplus are exact.
/// </summary>
internal sealed class DemandCurveCover(DemandMinimumRule? minimum, DemandIdealRule? ideal, DemandSurplusRule? surplus) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        var curve = c.Problem.DemandCurve;
        var period = c.Problem.Period;
        var presence = new Dictionary<string, (LinearExpr Expr, int Count)>();
        var index = 0;
        foreach (var slot in curve.Slots)
        {
            var interval = curve.IntervalOf(slot);
            var terms = new List<BoolVar>();
            var firstDay = Math.Max(0, NodaTime.Period.DaysBetween(period.Start, interval.Start.InZone(period.Zone).Date) - 1);
            var lastDay = Math.Min(c.D - 1, NodaTime.Period.DaysBetween(period.Start, interval.End.InZone(period.Zone).Date));
            for (var d = firstDay; d <= lastDay; d++)
                for (var t = 0; t < c.T; t++)
                {
                    var shift = c.Intervals[d, t];
                    if (!(shift.Start < interval.End && interval.Start < shift.End)) continue;
                    for (var e = 0; e < c.E; e++)
                        if (slot.Competence is not { } comp || c.Problem.Employees[e].HoldsOn(comp, period.DateOf(d)))
                            terms.Add(c.X[e, d, t]);
                }

            // Many slots share the same set of covering shifts (every half hour of a day shift): share one sum.
            var key = string.Join(',', terms.Select(v => v.GetIndex()));
            if (!presence.TryGetValue(key, out var present))
            {
                var count = Math.Min(terms.Count, c.E);
                var v = c.Model.NewIntVar(0, count, $"present_{index}");
                c.Model.Add(v == LinearExpr.Sum(terms));
                presence[key] = present = (v, count);
            }

            var day = Math.Max(0, period.IndexOf(interval.Start.InZone(period.Zone).Date));
            c.CurrentRule = RuleIds.DemandMinimum;
            if (minimum is not null) Enforce.AtLeast(c, minimum, present.Expr, slot.Minimum, -1, day, $"short_min_{index}");
            if (ideal is not null && slot.Ideal > 0)
                c.Penalize(c.PositivePart(slot.Ideal - present.Expr, slot.Ideal, $"short_ideal_{index}"), ideal.Enforcement.Weight, RuleIds.DemandIdeal);
            if (surplus is not null && present.Count > slot.Ideal)
                c.Penalize(c.PositivePart(present.Expr - slot.Ideal, present.Count - slot.Ideal, $"surplus_{index}"), surplus.Enforcement.Weight, RuleIds.DemandSurplus);
            index++;
        }
    }
}
