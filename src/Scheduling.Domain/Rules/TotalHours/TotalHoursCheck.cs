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
        var period = context.Period;
        var known = period.Start.PlusDays(-context.HistoryDays);
        foreach (var employee in context.Shifts.Keys)
            for (var from = period.Start; from < period.End; from = from.PlusMonths(rule.ReferenceMonths))
            {
                var shifts = context.ShiftsAcrossSeam(employee);
                var end = from.PlusMonths(rule.ReferenceMonths);
                if (end > period.End) end = period.End;
                var reach = end.PlusMonths(-rule.ReferenceMonths);
                var first = from != period.Start ? from : reach > known ? reach : known;
                var days = NodaTime.Period.DaysBetween(first, end);
                var cap = weekly * days / 7;
                var worked = shifts.Where(s => s.Date >= first && s.Date < end)
                    .Sum(s => (long)(s.Interval.Duration - s.Template.UnpaidBreak).TotalMinutes);
                if (worked <= cap) continue;
                var last = end.PlusDays(-1);
                violations.Add(Broken(rule, employee, [first], worked - cap,
                    $"{employee} har {Hours(worked)} sammanlagd arbetstid {Day(first)}–{Day(last)} ({days} dagar); högst {Hours(cap)} är tillåtet ({Hours(weekly)} i veckan i genomsnitt)",
                    $"{employee} has {Hours(worked)} of total working time {Day(first)}–{Day(last)} ({days} days); at most {Hours(cap)} allowed ({Hours(weekly)} a week on average)"));
            }
    }

    private static string Hours(long minutes) => $"{minutes / 60} h {minutes % 60:00} min";
}
