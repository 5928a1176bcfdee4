using Scheduling.Domain.Units;

namespace Scheduling.Domain.Reporting;

/// <summary>One slot of the demand curve with the staff present: what a coverage chart draws.</summary>
public sealed record SlotCoverage(LocalDateTime From, LocalDateTime To, CompetenceId? Competence, int Present, int Minimum, int Ideal)
{
    /// <summary>The slot's unit, in a problem that plans several units; null in a problem of one unit.</summary>
    public UnitId? Unit { get; init; }
}

/// <summary>
/// Staff present against the demand curve in every slot (not only where it falls short, as
/// <see cref="RosterReport.CoverageGaps"/>): someone is present in a slot when a shift of theirs overlaps it
/// and, for a slot that needs a competence, they hold it on the shift's date.
/// </summary>
public static class CoverageProfile
{
    public static ImmutableArray<SlotCoverage> Build(RosterProblem problem, Roster roster)
    {
        var zone = problem.Period.Zone;
        var byDate = roster.Assignments
            .Where(a => problem.EmployeeById.ContainsKey(a.Employee) && problem.TemplateByCode.ContainsKey(a.Shift))
            .Select(a => (Assignment: a, Interval: problem.TemplateByCode[a.Shift].IntervalOn(a.Date, zone), Unit: problem.UnitOf(a)))
            .ToLookup(s => s.Assignment.Date);
        var curve = problem.DemandCurve;
        var slots = ImmutableArray.CreateBuilder<SlotCoverage>(curve.Slots.Length);
        foreach (var slot in curve.Slots)
        {
            var interval = curve.IntervalOf(slot);
            var unit = problem.UnitOf(slot);
            var firstDate = interval.Start.InZone(zone).Date.PlusDays(-1);
            var lastDate = interval.End.InZone(zone).Date;
            var present = 0;
            for (var date = firstDate; date <= lastDate; date = date.PlusDays(1))
                foreach (var s in byDate[date])
                    if (s.Unit == unit && s.Interval.Start < interval.End && interval.Start < s.Interval.End &&
                        (slot.Competence is not { } c || problem.EmployeeById[s.Assignment.Employee].HoldsOn(c, s.Assignment.Date, unit)))
                        present++;
            slots.Add(new SlotCoverage(interval.Start.InZone(zone).LocalDateTime, interval.End.InZone(zone).LocalDateTime, slot.Competence, present, slot.Minimum, slot.Ideal) { Unit = unit });
        }

        return slots.MoveToImmutable();
    }
}
