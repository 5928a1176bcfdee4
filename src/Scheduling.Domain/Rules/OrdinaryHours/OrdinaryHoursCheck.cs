using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>
/// ordinary-hours (ATL §5): in each reference window of the period (from its first day; the last one may be shorter and
/// is held pro rata), each employee's working minutes of the shifts starting in it are at most the weekly maximum ×
/// the window's days ÷ 7, rounded down to the minute. With history, the first window reaches back into it up to the full
/// reference length (as far as the history goes), counting the minutes worked there.
/// </summary>
internal sealed class OrdinaryHoursCheck(OrdinaryHoursRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        var windowDays = rule.ReferenceWeeks * 7;
        var weekly = (long)rule.MaximumWeekly.TotalMinutes;
        foreach (var employee in context.Shifts.Keys)
            for (var from = 0; from < context.Period.Days; from += windowDays)
            {
                var shifts = context.ShiftsAcrossSeam(employee);
                var inPeriod = Math.Min(windowDays, context.Period.Days - from);
                var back = from == 0 ? Math.Min(context.HistoryDays, windowDays - inPeriod) : 0;
                var days = inPeriod + back;
                var first = context.Period.DateOf(from - back);
                var last = context.Period.DateOf(from + inPeriod - 1);
                var cap = weekly * days / 7;
                var worked = shifts.Where(s => s.Date >= first && s.Date <= last)
                    .Sum(s => (long)(s.Interval.Duration - s.Template.UnpaidBreak).TotalMinutes);
                if (worked <= cap) continue;
                violations.Add(Broken(rule, employee, [first], worked - cap,
                    $"{employee} har {Hours(worked)} ordinarie arbetstid {Day(first)}–{Day(last)} ({days} dagar); högst {Hours(cap)} är tillåtet ({Hours(weekly)} i veckan i genomsnitt)",
                    $"{employee} has {Hours(worked)} of ordinary working time {Day(first)}–{Day(last)} ({days} days); at most {Hours(cap)} allowed ({Hours(weekly)} a week on average)"));
            }
    }

    private static string Hours(long minutes) => $"{minutes / 60} h {minutes % 60:00} min";
}
