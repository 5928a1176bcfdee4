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
        var period = context.Period;
        var known = period.Start.PlusDays(-context.HistoryDays);
        foreach (var (employee, shifts) in context.Shifts)
        {
            var nights = shifts.Count(s => s.Template.Kind == Domain.ShiftKind.Night);
            if (nights == 0 || 100L * nights < (long)rule.NightSharePercent * shifts.Length) continue;
            for (var from = period.Start; from < period.End; from = from.PlusMonths(rule.ReferenceMonths))
            {
                var end = from.PlusMonths(rule.ReferenceMonths);
                if (end > period.End) end = period.End;
                var reach = end.PlusMonths(-rule.ReferenceMonths);
                var first = from != period.Start ? from : reach > known ? reach : known;
                var days = NodaTime.Period.DaysBetween(first, end);
                var cap = perDay * days;
                var worked = Minutes(shifts.Where(s => s.Date >= from && s.Date < end));
                var before = Minutes(context.HistoryShifts[employee].Where(s => s.Date >= first));
                var bound = Math.Max(0, cap - before);
                if (worked <= bound) continue;
                var last = end.PlusDays(-1);
                violations.Add(Broken(rule, employee, [first], worked - bound,
                    $"{employee} arbetar natt ({nights} av {shifts.Length} pass) och har {Hours(worked + before)} arbetstid {Day(first)}–{Day(last)} ({days} dygn); högst {Hours(cap)} är tillåtet ({Hours(perDay)} per dygn i genomsnitt)",
                    $"{employee} works nights ({nights} of {shifts.Length} shifts) and has {Hours(worked + before)} of working time {Day(first)}–{Day(last)} ({days} days); at most {Hours(cap)} allowed ({Hours(perDay)} per 24 h on average)"));
            }
        }
    }

    private static long Minutes(IEnumerable<CheckedShift> shifts) => shifts.Sum(s => (long)(s.Interval.Duration - s.Template.UnpaidBreak).TotalMinutes);

    private static string Hours(long minutes) => $"{minutes / 60} h {minutes % 60:00} min";
}
