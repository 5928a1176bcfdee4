using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// weekly-rest (ATL §14): every window of N days inside the period holds an unbroken rest of the minimum
/// length. The longest rest in a window starts at the window's start or at the end of some shift, so
/// one boolean per such candidate instant says "free for the minimum rest from here"; a window needs
/// one candidate inside it. Soft: weight per window lacking the rest. With history, the windows that start before the
/// period and end in it count too: the history's shifts are constants that block a candidate or end one; a window the history alone leaves without
/// any free candidate is not judged. The windows that start in the period and end after it count as well, with no shift
/// after the period to block a candidate (the checker's "time after the period is rest").
/// </summary>
internal sealed class WeeklyRest(WeeklyRestRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        var period = c.Problem.Period;
        var back = Math.Min(c.History.Days, rule.WindowDays - 1);
        Instant Midnight(int w) => period.DateOf(w).AtStartOfDayInZone(period.Zone).ToInstant();
        var windowStarts = Enumerable.Range(-back, period.Days + 1 + back).Select(Midnight).ToArray();
        var candidates = windowStarts.Concat(Enumerable.Range(0, c.D).SelectMany(d => Enumerable.Range(0, c.T).Select(t => c.Intervals[d, t].End)))
            .Distinct().Order().ToArray();
        foreach (var e in c.Employees)
        {
            var before = c.History.ShiftsOf(e).Select(s => s.Interval).ToList();
            var free = new Dictionary<Instant, BoolVar?>();
            BoolVar? FreeFrom(Instant start)
            {
                if (free.TryGetValue(start, out var b)) return b;
                var end = start + rule.MinimumRest;
                if (before.Any(i => i.Start < end && start < i.End)) return free[start] = null;
                var blocking = new List<ILiteral>();
                // Shifts last at most 24 h and start on their date, so only days from the one before the
                // rest starts to the one it ends on can block it.
                var firstDay = Math.Max(0, Period.DaysBetween(period.Start, start.InZone(period.Zone).Date) - 1);
                var lastDay = Math.Min(c.D - 1, Period.DaysBetween(period.Start, end.InZone(period.Zone).Date));
                for (var d = firstDay; d <= lastDay; d++)
                    for (var t = 0; t < c.T; t++)
                        if (c.Intervals[d, t].Start < end && start < c.Intervals[d, t].End) blocking.Add(c.X[e, d, t]);
                b = c.Model.NewBoolVar($"free_{e}_{start.ToUnixTimeSeconds()}");
                // Exact: free ⇔ no blocking shift is worked.
                foreach (var x in blocking) c.Model.AddImplication(b, x.Not());
                c.Model.AddBoolOr([b, .. blocking]);
                free[start] = b;
                return b;
            }

            var seamCandidates = before.Select(i => i.End).ToList();
            for (var w = -back; w < period.Days; w++)
            {
                var from = Midnight(w);
                var to = Midnight(w + rule.WindowDays);
                var options = candidates.Concat(seamCandidates).Distinct()
                    .Where(a => a >= from && a + rule.MinimumRest <= to).Select(FreeFrom).OfType<BoolVar>().ToList();
                // No candidate the history leaves free: the history alone breaks this window, whatever the period does
                // (the earlier period's to answer for, as the checker says); only a window starting before the period.
                if (options.Count == 0 && w < 0) continue;
                if (rule.Enforcement.IsHard)
                {
                    c.Require(c.Model.AddBoolOr(options), rule.Id, e, Math.Max(0, w));
                    continue;
                }

                var rested = c.Model.NewBoolVar($"rested_{e}_{w}");
                c.Model.AddMaxEquality(rested, options.Count > 0 ? options : [c.Model.NewConstant(0)]);
                c.Penalize(1 - rested, rule.Enforcement.Weight);
            }
        }
    }
}
