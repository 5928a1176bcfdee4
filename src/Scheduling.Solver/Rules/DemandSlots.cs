using Google.OrTools.Sat;
using Scheduling.Domain;
using Scheduling.Domain.Units;

namespace Scheduling.Solver.Rules;

/// <summary>
/// The demand curve's slots as model terms, built once for demand-minimum, demand-ideal and demand-surplus: per slot,
/// the people present are the shifts overlapping the slot worked by someone holding the slot's competence on the
/// shift's date (no employee has two overlapping shifts, so the sum counts people); in a problem that plans several
/// units, only the shift alternatives at the slot's unit, by whoever holds the competence there. Slots covered by the same shifts
/// with the same need cost the same: one group, weighted by how many slots share it (e.g. the half hours of a morning
/// covered only by the early shift).
/// </summary>
internal sealed class DemandSlots
{
    private DemandSlots(ModelContext c)
    {
        var curve = c.Problem.DemandCurve;
        var period = c.Problem.Period;
        var groups = new Dictionary<(string Terms, int Minimum, int Ideal), int>();
        foreach (var slot in curve.Slots)
        {
            var terms = Present(c, slot);
            var key = (string.Join(',', terms.Select(v => v.GetIndex())), slot.Minimum, slot.Ideal);
            if (groups.TryGetValue(key, out var index))
            {
                Groups[index] = Groups[index] with { Slots = Groups[index].Slots + 1 };
                continue;
            }

            groups.Add(key, Groups.Count);
            var day = Math.Max(0, period.IndexOf(curve.IntervalOf(slot).Start.InZone(period.Zone).Date));
            Groups.Add(new Group(LinearExpr.Sum(terms), Math.Min(terms.Count, c.E), slot.Minimum, slot.Ideal, 1, day));
        }
    }

    /// <summary>Slots with the same people who could be present and the same need, in the curve's order.</summary>
    public List<Group> Groups { get; } = [];

    public static DemandSlots Of(ModelContext c) => c.Shared(context => new DemandSlots(context));

    /// <summary>
    /// Who may be present in <paramref name="slot"/>: the shift alternatives at the slot's unit overlapping it, each worked by
    /// someone holding the slot's competence on the shift's date. One term per person and shift; their sum counts people.
    /// </summary>
    public static List<BoolVar> Present(ModelContext c, DemandSlot slot)
    {
        var period = c.Problem.Period;
        var interval = c.Problem.DemandCurve.IntervalOf(slot);
        var unit = c.Problem.UnitOf(slot);
        var terms = new List<BoolVar>();
        var firstDay = Math.Max(0, NodaTime.Period.DaysBetween(period.Start, interval.Start.InZone(period.Zone).Date) - 1);
        var lastDay = Math.Min(c.D - 1, NodaTime.Period.DaysBetween(period.Start, interval.End.InZone(period.Zone).Date));
        for (var d = firstDay; d <= lastDay; d++)
            for (var t = 0; t < c.T; t++)
            {
                var shift = c.Intervals[d, t];
                if (c.UnitAt(t) != unit || !(shift.Start < interval.End && interval.Start < shift.End)) continue;
                foreach (var e in c.Employees)
                    if (slot.Competence is not { } competence || c.Problem.Employees[e].HoldsOn(competence, period.DateOf(d), unit))
                        terms.Add(c.X[e, d, t]);
            }

        return terms;
    }

    /// <summary>One group of slots.</summary>
    /// <param name="Present">The people present.</param>
    /// <param name="Most">The most people who can be present.</param>
    /// <param name="Minimum">The curve's minimum in these slots.</param>
    /// <param name="Ideal">The curve's ideal in these slots.</param>
    /// <param name="Slots">How many slots share the group.</param>
    /// <param name="Day">The day of the first slot, for explaining infeasibility.</param>
    internal sealed record Group(LinearExpr Present, int Most, int Minimum, int Ideal, int Slots, int Day);
}
