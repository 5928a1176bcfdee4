using Google.OrTools.Sat;
using Scheduling.Domain.Calendar;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// max-weekends: a weekend is worked when any of its days is; at most N of the period's weekends per employee; soft:
/// weight per weekend too many. With history, every run of as many weekends as the period has that reaches back into the
/// history holds the same count: a weekend with a history shift is a constant 1 (one the seam cuts too), the others are
/// the period's booleans, bounded by N less the constants (never below 0: a run the history alone has put over N charges
/// only what the period adds).
/// </summary>
internal sealed class MaxWeekends(MaxWeekendsRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        var period = c.Problem.Period;
        var weekends = Enumerable.Range(-c.History.Days, c.History.Days + c.D)
            .Where(d => rule.WeekendDays.Contains(period.DateOf(d).DayOfWeek))
            .GroupBy(d => IsoWeek.Of(period.DateOf(d)))
            .Select(g => g.ToList())
            .ToList();
        var firstInPeriod = weekends.FindIndex(w => w[^1] >= 0);
        if (firstInPeriod < 0) return;
        var count = weekends.Count - firstInPeriod;
        foreach (var e in c.Employees)
        {
            if ((c.Problem.Employees[e].Limits.MaxWeekends ?? rule.DefaultMaximum) is not { } max || max >= count) continue;
            var worked = new BoolVar?[weekends.Count];
            var before = new bool[weekends.Count];
            for (var k = 0; k < weekends.Count; k++)
                before[k] = weekends[k].Any(d => d < 0 && c.History.Works(e, d));

            for (var start = Math.Max(0, firstInPeriod - count + 1); start <= firstInPeriod; start++)
            {
                var run = Enumerable.Range(start, count).ToList();
                var bound = Math.Max(0, max - run.Count(k => before[k]));
                var open = run.Where(k => !before[k] && weekends[k].Any(d => d >= 0)).ToList();
                if (open.Count <= bound) continue;
                foreach (var k in open)
                {
                    if (worked[k] is not null) continue;
                    worked[k] = c.Model.NewBoolVar($"weekend_{e}_{k}");
                    c.Model.AddMaxEquality(worked[k]!, weekends[k].Where(d => d >= 0).Select(d => c.Works[e, d]));
                }

                Enforce.AtMost(c, rule, LinearExpr.Sum(open.Select(k => worked[k]!)), bound, open.Count, e, -1, $"weekends_over_{e}_{start}");
            }
        }
    }
}
