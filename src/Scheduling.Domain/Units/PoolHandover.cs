namespace Scheduling.Domain.Units;

/// <summary>
/// Unbooked resource shifts handed to the pool: from <see cref="DaysBefore"/> days before the period starts, a shift no
/// unit has booked goes to the municipality's pool (bemanningsenheten), which books it where a gap opens. A shift is
/// unbooked when its unit does not need it: without it, every demand-curve slot of its unit it overlaps still has at
/// least the ideal (counting, for a slot of a competence, only holders of it) and every shift-demand row of its unit,
/// date and template still has its required people. Handing over keeps the employee, date and template and moves the
/// shift to the problem's first pool unit. Pinned shifts, shifts already at the pool and shifts of staff who may not
/// work at the pool stay; shifts are taken in date and employee order, each judged after the ones moved before it.
/// </summary>
public static class PoolHandover
{
    /// <summary>Days before the period's first day from which unbooked shifts go to the pool (14).</summary>
    public const int DaysBefore = 14;

    /// <summary>True when, on <paramref name="today"/>, the period's unbooked shifts are the pool's.</summary>
    public static bool IsDue(SchedulePeriod period, LocalDate today) => today >= period.Start.PlusDays(-DaysBefore);

    /// <summary>
    /// The roster with its unbooked shifts at the pool, and the shifts moved (as they were), when the hand-over is due on
    /// <paramref name="today"/> and the problem has a pool unit; else the roster as it is and none.
    /// </summary>
    public static (Roster Roster, ImmutableArray<Assignment> HandedOver) HandOver(RosterProblem problem, Roster roster, LocalDate today)
    {
        if (!IsDue(problem.Period, today) || problem.Units.FirstOrDefault(u => u.IsPool) is not { } pool) return (roster, []);
        var zone = problem.Period.Zone;
        var curve = problem.DemandCurve;
        var slots = curve.Slots.Select((s, i) => (Slot: s, Index: i, Interval: curve.IntervalOf(s), Unit: problem.UnitOf(s)))
            .ToLookup(s => (s.Unit, s.Interval.Start.InZone(zone).Date));
        var valid = roster.Assignments
            .Where(a => problem.EmployeeById.ContainsKey(a.Employee) && problem.TemplateByCode.ContainsKey(a.Shift) && problem.Period.Contains(a.Date))
            .Select(a => (Assignment: a, Unit: problem.UnitOf(a), Interval: problem.TemplateByCode[a.Shift].IntervalOn(a.Date, zone)))
            .ToList();

        IEnumerable<(DemandSlot Slot, int Index, Interval Interval, UnitId? Unit)> Overlapped(UnitId? unit, LocalDate date, Interval interval) =>
            Enumerable.Range(-1, 3).SelectMany(d => slots[(unit, date.PlusDays(d))]).Where(s => s.Interval.Start < interval.End && interval.Start < s.Interval.End);
        bool Counts(DemandSlot slot, Assignment a, UnitId? unit) =>
            slot.Competence is not { } c || problem.EmployeeById[a.Employee].HoldsOn(c, a.Date, unit);

        var present = new int[curve.Slots.Length];
        foreach (var (a, unit, interval) in valid)
            foreach (var s in Overlapped(unit, a.Date, interval).Where(s => Counts(s.Slot, a, unit)))
                present[s.Index]++;
        var rows = valid.GroupBy(v => (v.Assignment.Date, v.Assignment.Shift, v.Unit)).ToDictionary(g => g.Key, g => g.Count());
        var required = problem.ShiftDemands.ToDictionary(d => (d.Date, d.Shift, problem.UnitOf(d)), d => d.Required);
        var pinned = problem.Pins.Select(p => (p.Employee, p.Date)).ToHashSet();

        var moved = ImmutableArray.CreateBuilder<Assignment>();
        var result = roster.Assignments.ToList();
        foreach (var (a, unit, interval) in valid.OrderBy(v => v.Assignment.Date).ThenBy(v => v.Assignment.Employee.Value, StringComparer.Ordinal))
        {
            if (unit == pool.Id || pinned.Contains((a.Employee, a.Date)) || !problem.EmployeeById[a.Employee].MayWorkAt(pool.Id)) continue;
            var covered = Overlapped(unit, a.Date, interval).Where(s => Counts(s.Slot, a, unit)).ToList();
            if (covered.Any(s => present[s.Index] - 1 < s.Slot.Ideal)) continue;
            var key = (a.Date, a.Shift, unit);
            if (required.TryGetValue(key, out var need) && rows[key] - 1 < need) continue;
            foreach (var s in covered) present[s.Index]--;
            rows[key]--;
            moved.Add(a);
            result[result.IndexOf(a)] = a with { Unit = pool.Id };
        }

        return (new Roster([.. result]), moved.ToImmutable());
    }
}
