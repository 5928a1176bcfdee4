using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// ordinary-hours (ATL §5: 40 h a week on average over at most 4 weeks): per employee and reference window of the period
/// (from its first day, the last one pro rata), the working minutes of the shifts starting in it are at most the weekly
/// maximum × the window's days ÷ 7; soft: weight × minutes over.
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
            var cap = weekly * (to - from) / 7;
            for (var e = 0; e < c.E; e++)
            {
                var vars = new List<BoolVar>();
                var minutes = new List<long>();
                long upper = 0;
                for (var d = from; d < to; d++)
                {
                    long dayMax = 0;
                    for (var t = 0; t < c.T; t++)
                    {
                        vars.Add(c.X[e, d, t]);
                        minutes.Add(c.WorkMinutes[d, t]);
                        dayMax = Math.Max(dayMax, c.WorkMinutes[d, t]);
                    }

                    upper += dayMax;
                }

                if (upper <= cap) continue;
                Enforce.AtMost(c, rule, LinearExpr.WeightedSum(vars, minutes), cap, upper, e, from, $"ordinary_over_{e}_{from}");
            }
        }
    }
}
