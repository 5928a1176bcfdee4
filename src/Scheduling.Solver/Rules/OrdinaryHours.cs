using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// ordinary-hours (ATL §5: 40 h a week on average over at most 4 weeks): per employee and reference window of the period
/// (from its first day, the last one pro rata), the working minutes of the shifts starting in it are at most the weekly
/// maximum × the window's days ÷ 7; soft: weight × minutes over. With history, the first window reaches back into it up to
/// the full reference length, and the minutes worked there are a constant part of the window's sum.
/// </summary>
internal sealed class OrdinaryHours(OrdinaryHoursRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        var windowDays = rule.ReferenceWeeks * 7;
        var weekly = (long)rule.MaximumWeekly.TotalMinutes;
        for (var from = 0; from < c.D; from += windowDays)
        {
            var to = Math.Min(c.D, from + windowDays);
            var back = from == 0 ? Math.Min(c.History.Days, windowDays - (to - from)) : 0;
            var cap = weekly * (to - from + back) / 7;
            for (var e = 0; e < c.E; e++)
            {
                var worked = Worked.Minutes(c, e, from, to, out var upper);
                var bound = cap - c.History.Minutes(e, -back, 0);
                if (upper <= bound) continue;
                Enforce.AtMost(c, rule, worked, bound, upper, e, from, $"ordinary_over_{e}_{from}");
            }
        }
    }
}
