using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>
/// night-work (ATL §13a): for each night worker (night shifts at least the share of their shifts in the period), in each
/// window of the reference months from the period's first day (a shorter one pro rata), the working minutes of the
/// shifts starting in it are at most the maximum per day × the window's days. With history, the first window reaches back
/// into it up to the full reference months (as far as the history goes), counting the minutes worked there; where those
/// alone pass the cap, only what the period adds is charged.
/// </summary>
internal sealed class NightWorkCheck(NightWorkRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        var perDay = (long)rule.MaximumPerDay.TotalMinutes;
        var windows = context.ReferenceWindows(NodaTime.Period.FromMonths(rule.ReferenceMonths)).ToList();
        foreach (var (employee, shifts) in context.Shifts)
        {
            var nights = shifts.Count(s => s.Template.Kind == Domain.ShiftKind.Night);
            if (nights == 0 || 100L * nights < (long)rule.NightSharePercent * shifts.Length) continue;
            foreach (var window in windows)
            {
                var cap = perDay * window.Days;
                var worked = WorkedTime.Minutes(shifts.Where(s => window.Contains(s.Date)));
                var before = WorkedTime.Minutes(context.HistoryShifts[employee].Where(s => window.Contains(s.Date)));
                var bound = Math.Max(0, cap - before);
                if (worked <= bound) continue;
                var (first, last) = (window.First, window.Last);
                violations.Add(Broken(rule, employee, [first], worked - bound,
                    $"{employee} arbetar natt ({nights} av {shifts.Length} pass) och har {Hours(worked + before)} arbetstid {Day(first)}–{Day(last)} ({window.Days} dygn); högst {Hours(cap)} är tillåtet ({Hours(perDay)} per dygn i genomsnitt)",
                    $"{employee} works nights ({nights} of {shifts.Length} shifts) and has {Hours(worked + before)} of working time {Day(first)}–{Day(last)} ({window.Days} days); at most {Hours(cap)} allowed ({Hours(perDay)} per 24 h on average)"));
            }
        }
    }
}
