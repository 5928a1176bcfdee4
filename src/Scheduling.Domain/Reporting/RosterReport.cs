using System.Collections.Immutable;
using NodaTime;

namespace Scheduling.Domain.Reporting;

/// <summary>An employee's working time in the period against the contract.</summary>
public sealed record HoursLine(EmployeeId Employee, string Name, long WorkedMinutes, long? TargetMinutes, long? MinimumMinutes, long? MaximumMinutes, int Shifts)
{
    public long? Difference => TargetMinutes is { } t ? WorkedMinutes - t : null;
}

/// <summary>A stretch of the demand curve where fewer people are present than needed (consecutive slots with the same numbers).</summary>
public sealed record CoverageGap(LocalDateTime From, LocalDateTime To, CompetenceId? Competence, int Present, int Minimum, int Ideal)
{
    public bool BelowMinimum => Present < Minimum;
}

/// <summary>A per-shift demand row that is not met exactly.</summary>
public sealed record ShiftCoverLine(LocalDate Date, ShiftCode Shift, int Assigned, int Required);

/// <summary>A wish and whether the roster grants it.</summary>
public sealed record WishOutcome(Wish Wish, bool Granted);

/// <summary>
/// What a planner reads next to the roster: hours against target per employee, where coverage falls
/// short of the need, and which wishes were granted. Computed straight from the roster and problem.
/// </summary>
public sealed record RosterReport(
    ImmutableArray<HoursLine> Hours,
    ImmutableArray<CoverageGap> CoverageGaps,
    ImmutableArray<ShiftCoverLine> ShiftCover,
    ImmutableArray<WishOutcome> Wishes)
{
    public static RosterReport Build(RosterProblem problem, Roster roster)
    {
        var zone = problem.Period.Zone;
        var shifts = roster.Assignments
            .Where(a => problem.EmployeeById.ContainsKey(a.Employee) && problem.TemplateByCode.ContainsKey(a.Shift))
            .Select(a => (Assignment: a, Template: problem.TemplateByCode[a.Shift], Interval: problem.TemplateByCode[a.Shift].IntervalOn(a.Date, zone)))
            .ToList();

        var hours = problem.Employees.Select(e =>
        {
            var own = shifts.Where(s => s.Assignment.Employee == e.Id).ToList();
            var worked = own.Sum(s => (long)(s.Interval.Duration - s.Template.UnpaidBreak).TotalMinutes);
            var (min, max) = e.Contract.BoundsFor(problem.Period.Days);
            return new HoursLine(e.Id, e.Name, worked, Minutes(e.Contract.TargetFor(problem.Period.Days)), Minutes(min), Minutes(max), own.Count);
        }).ToImmutableArray();

        var gaps = ImmutableArray.CreateBuilder<CoverageGap>();
        var byDate = shifts.ToLookup(s => s.Assignment.Date);
        var curve = problem.DemandCurve;
        foreach (var slot in curve.Slots)
        {
            var interval = curve.IntervalOf(slot);
            // Shifts last at most 24 h, so only those starting from the day before the slot can reach it.
            var firstDate = interval.Start.InZone(zone).Date.PlusDays(-1);
            var lastDate = interval.End.InZone(zone).Date;
            var nearby = Enumerable.Range(0, Period.DaysBetween(firstDate, lastDate) + 1).SelectMany(i => byDate[firstDate.PlusDays(i)]);
            var present = nearby.Count(s => s.Interval.Start < interval.End && interval.Start < s.Interval.End &&
                (slot.Competence is not { } c || problem.EmployeeById[s.Assignment.Employee].HoldsOn(c, s.Assignment.Date)));
            if (present >= slot.Ideal) continue;
            var from = slot.Start.InZone(zone).LocalDateTime;
            var to = interval.End.InZone(zone).LocalDateTime;
            var merged = false;
            for (var i = gaps.Count - 1; i >= 0 && i >= gaps.Count - 8; i--)
            {
                var last = gaps[i];
                if (last.To == from && last.Competence == slot.Competence && last.Present == present && last.Minimum == slot.Minimum && last.Ideal == slot.Ideal)
                {
                    gaps[i] = last with { To = to };
                    merged = true;
                    break;
                }
            }

            if (!merged) gaps.Add(new CoverageGap(from, to, slot.Competence, present, slot.Minimum, slot.Ideal));
        }

        var counts = shifts.GroupBy(s => (s.Assignment.Date, s.Assignment.Shift)).ToDictionary(g => g.Key, g => g.Count());
        var cover = problem.ShiftDemands
            .Select(d => new ShiftCoverLine(d.Date, d.Shift, counts.GetValueOrDefault((d.Date, d.Shift)), d.Required))
            .Where(l => l.Assigned != l.Required)
            .ToImmutableArray();

        var wishes = problem.Wishes.Select(w =>
        {
            var onDay = shifts.Where(s => s.Assignment.Employee == w.Employee && s.Assignment.Date == w.Date).Select(s => s.Assignment.Shift).ToList();
            return new WishOutcome(w, w.IsGrantedBy(onDay));
        }).ToImmutableArray();

        return new RosterReport(hours, gaps.ToImmutable(), cover, wishes);
    }

    private static long? Minutes(Duration? d) => d is { } v ? (long)v.TotalMinutes : null;
}
