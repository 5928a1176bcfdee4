using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>Enumerates, for each (day, template), the templates on a later day that stand in a relation to it.</summary>
internal static class Pairs
{
    public static IEnumerable<(int D1, int T1, int D2, List<int> Later)> Following(ModelContext c, Func<NodaTime.Interval, NodaTime.Interval, bool> related, NodaTime.Duration? reach = null)
    {
        var extra = reach ?? NodaTime.Duration.Zero;
        for (var d1 = 0; d1 < c.D; d1++)
            for (var t1 = 0; t1 < c.T; t1++)
            {
                var first = c.Intervals[d1, t1];
                for (var d2 = d1 + 1; d2 < c.D; d2++)
                {
                    // Templates start within a day of their date, so nothing starting on d2 can relate once
                    // d2's midnight lies a day past the end of the first shift plus the reach.
                    if (c.Intervals[d2, 0].Start - NodaTime.Duration.FromDays(2) > first.End + extra) break;
                    var later = Enumerable.Range(0, c.T).Where(t2 => related(first, c.Intervals[d2, t2])).ToList();
                    if (later.Count > 0) yield return (d1, t1, d2, later);
                }
            }
    }
}
