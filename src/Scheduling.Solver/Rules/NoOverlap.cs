using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// no-overlap (structural, always hard): an employee's shifts never overlap in time. One-shift-per-day
/// is built into <see cref="ModelContext"/>. For each shift, the later days' shifts that would overlap
/// it form one at-most-one constraint with it; a period shift that would overlap a history shift is forbidden.
/// </summary>
internal sealed class NoOverlap : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        foreach (var (d1, t1, d2, later) in Pairs.Following(c, (first, second) => second.Start < first.End))
            foreach (var e in c.Employees)
                c.Require(c.Model.Add(c.X[e, d1, t1] + LinearExpr.Sum(later.Select(t2 => c.X[e, d2, t2])) <= 1), RuleIds.NoOverlap, e, d1);
        foreach (var e in c.Employees)
            foreach (var (_, _, before) in c.History.ShiftsOf(e))
                for (var d = 0; d < c.D && c.Intervals[d, 0].Start - NodaTime.Duration.FromDays(2) < before.End; d++)
                    for (var t = 0; t < c.T; t++)
                        if (c.Intervals[d, t].Start < before.End)
                            c.Require(c.Model.Add(c.X[e, d, t] == 0), RuleIds.NoOverlap, e, d);
    }
}
