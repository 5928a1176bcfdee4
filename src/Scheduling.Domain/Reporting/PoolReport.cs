using Scheduling.Domain.Cost;
using Scheduling.Domain.Units;

namespace Scheduling.Domain.Reporting;

/// <summary>
/// Resource shifts (resurspass) in a roster of several units: per employee the hours at home and away, per unit the
/// over-cover, the need left below the minimum and the hours received; and what the shifts away from home saved
/// against substitutes: the person-minutes below the demand curve's minimum the roster would leave without them, less
/// those it leaves, priced by the cost model's substitute hour (as <see cref="RosterCost"/> prices them) when it has one.
/// </summary>
public sealed record PoolReport(
    ImmutableArray<PoolHoursLine> Employees,
    ImmutableArray<UnitCoverLine> Units,
    long SubstituteMinutesSaved,
    long? SubstituteKronorSaved)
{
    /// <summary>Minutes worked in resource shifts, over all staff.</summary>
    public long PoolMinutes => Employees.Sum(e => e.PoolMinutes);

    /// <summary>Person-minutes above the need, over all units.</summary>
    public long OverCoverMinutes => Units.Sum(u => u.OverCoverMinutes);

    /// <summary>The pool report of a roster, or null for a problem of one unit.</summary>
    public static PoolReport? Build(RosterProblem problem, Roster roster)
    {
        if (problem.Units.Length < 2) return null;
        var zone = problem.Period.Zone;
        var shifts = roster.Assignments
            .Where(a => problem.EmployeeById.ContainsKey(a.Employee) && problem.TemplateByCode.ContainsKey(a.Shift) && problem.Period.Contains(a.Date))
            .Select(a => new Placed(a, problem.TemplateByCode[a.Shift].IntervalOn(a.Date, zone), problem.UnitOf(a)!.Value, problem.HomeUnitOf(a.Employee)!.Value,
                (long)problem.TemplateByCode[a.Shift].WorkingTimeOn(a.Date, zone).TotalMinutes))
            .ToList();

        var byEmployee = shifts.ToLookup(s => s.Assignment.Employee);
        var employees = problem.Employees.Select(e =>
        {
            var own = byEmployee[e.Id].ToList();
            var away = own.Where(s => s.Away).ToList();
            return new PoolHoursLine(e.Id, problem.HomeUnitOf(e.Id)!.Value, own.Where(s => !s.Away).Sum(s => s.Minutes), away.Sum(s => s.Minutes), away.Count);
        }).ToImmutableArray();

        var withPool = Curve(problem, shifts);
        var withoutPool = Curve(problem, [.. shifts.Where(s => !s.Away)]);
        var rowsOver = problem.ShiftDemands
            .Select(d => (Unit: problem.UnitOf(d)!.Value, Over: shifts.Count(s => s.Unit == problem.UnitOf(d) && s.Assignment.Date == d.Date && s.Assignment.Shift == d.Shift) - d.Required, Demand: d))
            .Where(r => r.Over > 0)
            .ToLookup(r => r.Unit, r => r.Over * (long)problem.TemplateByCode[r.Demand.Shift].WorkingTimeOn(r.Demand.Date, zone).TotalMinutes);
        var units = problem.Units.Select(u => new UnitCoverLine(u.Id,
            withPool.Over.GetValueOrDefault(u.Id) + rowsOver[u.Id].Sum(),
            withPool.Short.GetValueOrDefault(u.Id),
            shifts.Where(s => s.Unit == u.Id && s.Away).Sum(s => s.Minutes))).ToImmutableArray();

        var savedSlots = withoutPool.ShortSlots - withPool.ShortSlots;
        var perSlot = problem.Cost is { Substitutes: not null } ? CostCalculator.For(problem).SubstituteSlot(problem.DemandCurve.SlotLength) : null;
        return new PoolReport(employees, units, withoutPool.Short.Values.Sum() - withPool.Short.Values.Sum(),
            perSlot is { } price ? checked(savedSlots * price.WholeKronor) : null);
    }

    /// <summary>Per unit the person-minutes over the curve's ideal and under its minimum, and the person-slots under the minimum.</summary>
    private static (Dictionary<UnitId, long> Over, Dictionary<UnitId, long> Short, long ShortSlots) Curve(RosterProblem problem, List<Placed> shifts)
    {
        var over = new Dictionary<UnitId, long>();
        var below = new Dictionary<UnitId, long>();
        long shortSlots = 0;
        var zone = problem.Period.Zone;
        var curve = problem.DemandCurve;
        var byUnitAndDate = shifts.ToLookup(s => (s.Unit, s.Assignment.Date));
        // The curve's slots of one time (per competence) are summed per unit; over-cover counts the all-staff rows only.
        foreach (var slot in curve.Slots)
        {
            var interval = curve.IntervalOf(slot);
            var unit = problem.UnitOf(slot)!.Value;
            var first = interval.Start.InZone(zone).Date.PlusDays(-1);
            var last = interval.End.InZone(zone).Date;
            var present = Enumerable.Range(0, Period.DaysBetween(first, last) + 1).SelectMany(i => byUnitAndDate[(unit, first.PlusDays(i))])
                .Count(s => s.Interval.Start < interval.End && interval.Start < s.Interval.End &&
                    (slot.Competence is not { } c || problem.EmployeeById[s.Assignment.Employee].HoldsOn(c, s.Assignment.Date, unit)));
            var minutes = (long)interval.Duration.TotalMinutes;
            var missing = Math.Max(0, slot.Minimum - present);
            below[unit] = below.GetValueOrDefault(unit) + (missing * minutes);
            shortSlots += missing;
            if (slot.Competence is null) over[unit] = over.GetValueOrDefault(unit) + (Math.Max(0, present - slot.Ideal) * minutes);
        }

        return (over, below, shortSlots);
    }

    private sealed record Placed(Assignment Assignment, Interval Interval, UnitId Unit, UnitId Home, long Minutes)
    {
        public bool Away => Unit != Home;
    }
}
