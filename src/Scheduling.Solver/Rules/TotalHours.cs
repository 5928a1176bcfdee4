using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// total-hours (ATL §10b: 48 h a week on average over at most 4 months, overtime included): per employee and window of the
/// reference months from the period's first day (a shorter one pro rata), the working minutes of the shifts starting in
/// it are at most the weekly maximum × the window's days ÷ 7; soft: weight × minutes over. With history, the first window
/// reaches back into it up to the full reference months, and the minutes worked there are a constant part of the sum.
/// </summary>
internal sealed class TotalHours(TotalHoursRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        var weekly = (long)rule.MaximumWeekly.TotalMinutes;
        var period = c.Problem.Period;
        for (var from = 0; from < c.D;)
        {
            var to = Math.Min(c.D, NodaTime.Period.DaysBetween(period.Start, period.DateOf(from).PlusMonths(rule.ReferenceMonths)));
            var reach = NodaTime.Period.DaysBetween(period.Start, period.DateOf(to).PlusMonths(-rule.ReferenceMonths));
            var back = from == 0 ? Math.Min(c.History.Days, Math.Max(0, -reach)) : 0;
            var cap = weekly * (to - from + back) / 7;
            for (var e = 0; e < c.E; e++)
            {
                var worked = Worked.Minutes(c, e, from, to, out var upper);
                var bound = cap - c.History.Minutes(e, -back, 0);
                if (upper <= bound) continue;
                Enforce.AtMost(c, rule, worked, bound, upper, e, from, $"total_over_{e}_{from}");
            }

            from = to;
        }
    }
}
