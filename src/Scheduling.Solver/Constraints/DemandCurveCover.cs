using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Constraints;

/// <summary>
/// demand-minimum, demand-ideal, demand-surplus: per slot of the demand curve, the people present are the
/// shifts overlapping the slot worked by someone holding the slot's competence on the shift's date (no
/// employee has two overlapping shifts, so the sum counts people). Shortfall and surplus are exact.
/// </summary>
internal sealed class DemandCurveCover(DemandMinimumRule? minimum, DemandIdealRule? idealRule, DemandSurplusRule? surplus) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        var curve = c.Problem.DemandCurve;
        var period = c.Problem.Period;
        // Slots covered by the same shifts with the same need cost the same: one set of terms, weighted by
        // how many slots share it (e.g. the half hours of a morning covered only by the early shift).
        var groups = new Dictionary<(string Terms, int Minimum, int Ideal), (List<BoolVar> Terms, int Slots, int Day)>();
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

            var key = (string.Join(',', terms.Select(v => v.GetIndex())), slot.Minimum, slot.Ideal);
            var day = Math.Max(0, period.IndexOf(interval.Start.InZone(period.Zone).Date));
            groups[key] = groups.TryGetValue(key, out var group) ? group with { Slots = group.Slots + 1 } : (terms, 1, day);
        }

        var index = 0;
        foreach (var ((_, min, wanted), (terms, slots, day)) in groups)
        {
            var most = Math.Min(terms.Count, c.E);
            var present = LinearExpr.Sum(terms);
            c.CurrentRule = RuleIds.DemandMinimum;
            if (minimum is not null)
            {
                if (minimum.Enforcement.IsHard) c.Require(c.Model.Add(present >= min), minimum.Id, -1, day);
                else if (min > 0) c.Penalize(c.PositivePart(min - present, min, $"short_min_{index}"), checked(minimum.Enforcement.Weight * slots));
            }

            if (idealRule is not null && wanted > 0)
                c.Penalize(c.PositivePart(wanted - present, wanted, $"short_ideal_{index}"), checked(idealRule.Enforcement.Weight * slots), RuleIds.DemandIdeal);
            if (surplus is not null && most > wanted)
                c.Penalize(c.PositivePart(present - wanted, most - wanted, $"surplus_{index}"), checked(surplus.Enforcement.Weight * slots), RuleIds.DemandSurplus);
            index++;
        }
    }
}
