using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Constraints;

/// <summary>
/// no-overlap (structural, always hard): an employee's shifts never overlap in time. One-shift-per-day
/// is built into <see cref="ModelContext"/>. For each shift, the later days' shifts that would overlap
/// it form one at-most-one constraint with it.
/// </summary>
internal sealed class NoOverlap : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        foreach (var (d1, t1, d2, later) in Pairs.Following(c, (first, second) => second.Start < first.End))
            for (var e = 0; e < c.E; e++)
                c.Require(c.Model.Add(c.X[e, d1, t1] + LinearExpr.Sum(later.Select(t2 => c.X[e, d2, t2])) <= 1), RuleIds.NoOverlap, e, d1);
    }
}

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
