using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>
/// total-hours (ATL §10b): in each window of the reference months from the period's first day (the last, or only, one
/// held pro rata), each employee's working minutes of the shifts starting in it are at most the weekly maximum × the
/// window's days ÷ 7, rounded down to the minute. With history, the first window reaches back into it up to the full
/// reference months (as far as the history goes), counting the minutes worked there.
/// </summary>
internal sealed class TotalHoursCheck(TotalHoursRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        var weekly = (long)rule.MaximumWeekly.TotalMinutes;
        var windows = context.ReferenceWindows(NodaTime.Period.FromMonths(rule.ReferenceMonths)).ToList();
        foreach (var employee in context.Shifts.Keys)
            foreach (var window in windows)
            {
                var cap = weekly * window.Days / 7;
                var worked = WorkedTime.Minutes(context.ShiftsAcrossSeam(employee).Where(s => window.Contains(s.Date)));
                if (worked <= cap) continue;
                var (first, last) = (window.First, window.Last);
                violations.Add(Broken(rule, employee, [first], worked - cap,
                    $"{employee} har {Hours(worked)} sammanlagd arbetstid {Day(first)}–{Day(last)} ({window.Days} dagar); högst {Hours(cap)} är tillåtet ({Hours(weekly)} i veckan i genomsnitt)",
                    $"{employee} has {Hours(worked)} of total working time {Day(first)}–{Day(last)} ({window.Days} days); at most {Hours(cap)} allowed ({Hours(weekly)} a week on average)"));
            }
    }
}
