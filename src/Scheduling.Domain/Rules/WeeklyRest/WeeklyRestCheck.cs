using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>
/// weekly-rest (ATL §14): each window of N days inside the period, local midnight to local midnight,
/// holds an unbroken rest of the minimum length. The longest free stretch is measured by sweeping the
/// employee's shifts clipped to the window. With history, the windows that start in it and end in the period are
/// judged too, with the history's shifts, unless the history alone already leaves one without the rest. The windows that
/// start in the period and end after it are judged with the time after the period counted as rest: a tail that leaves no
/// room for the rest whatever the next period does is this period's to answer for (the next one excuses it, above), and
/// a tail that leaves room is judged again, with the next period's shifts, by the next period.
/// </summary>
internal sealed class WeeklyRestCheck(WeeklyRestRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        var period = context.Period;
        for (var w = -Math.Min(context.HistoryDays, rule.WindowDays - 1); w < period.Days; w++)
        {
            var from = period.DateOf(w).AtStartOfDayInZone(period.Zone).ToInstant();
            var to = period.DateOf(w + rule.WindowDays).AtStartOfDayInZone(period.Zone).ToInstant();
            foreach (var employee in context.Shifts.Keys)
            {
                var longest = LongestRest(context.ShiftsAcrossSeam(employee).Select(s => s.Interval), from, to);
                if (longest >= rule.MinimumRest) continue;
                // A window the history alone leaves without the rest (every period day in it off would not help) was
                // the earlier period's to answer for: nothing this period does can mend it.
                if (w < 0 && LongestRest(context.HistoryShifts[employee].Select(s => s.Interval), from, to) < rule.MinimumRest) continue;
                var tail = w + rule.WindowDays > period.Days;
                violations.Add(Broken(rule, employee, [period.DateOf(w), period.DateOf(Math.Min(w + rule.WindowDays, period.Days) - 1)], 1,
                    $"{employee}s längsta vila under de {rule.WindowDays} dagarna från {Day(period.DateOf(w))} är {longest.TotalHours:0.##} h{(tail ? " även om dagarna efter perioden är lediga" : "")}; minst {rule.MinimumRest.TotalHours:0.##} h krävs",
                    $"{employee}'s longest rest in the {rule.WindowDays} days from {Day(period.DateOf(w))} is {longest.TotalHours:0.##} h{(tail ? " even with the days after the period off" : "")}; at least {rule.MinimumRest.TotalHours:0.##} h required"));
            }
        }
    }

    private static Duration LongestRest(IEnumerable<Interval> busy, Instant from, Instant to)
    {
        var longest = Duration.Zero;
        var freeSince = from;
        foreach (var interval in busy.Where(i => i.End > from && i.Start < to).OrderBy(i => i.Start))
        {
            if (interval.Start > freeSince && interval.Start - freeSince > longest) longest = interval.Start - freeSince;
            if (interval.End > freeSince) freeSince = interval.End;
        }

        if (to > freeSince && to - freeSince > longest) longest = to - freeSince;
        return longest;
    }
}
