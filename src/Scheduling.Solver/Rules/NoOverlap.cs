using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

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
