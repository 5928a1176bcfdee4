using Google.OrTools.Sat;
using Scheduling.Domain.Rules;
using Scheduling.Domain.Units;

namespace Scheduling.Solver.Rules;

/// <summary>
/// pool-order (resurspass in booking order): every shift alternative at a unit other than the employee's home unit is
/// charged weight × its booking rank from the home unit (<see cref="PoolOrderRule.Rank"/>), so the search places
/// surplus hours at home first, then at the nearby units, then at the pool.
/// </summary>
internal sealed class PoolOrder(PoolOrderRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        if (c.Problem.Units.IsEmpty || rule.Enforcement.Weight == 0) return;
        foreach (var e in c.Employees)
        {
            if (c.Problem.HomeUnitOf(c.Problem.Employees[e].Id) is not { } home) continue;
            for (var t = 0; t < c.T; t++)
            {
                if (c.UnitAt(t) is not { } at || at == home) continue;
                var rank = PoolOrderRule.Rank(c.Problem, home, at);
                if (rank == 0) continue;
                var shifts = LinearExpr.Sum(Enumerable.Range(0, c.D).Select(d => c.X[e, d, t]));
                c.Penalize(shifts, checked(rank * rule.Enforcement.Weight));
            }
        }
    }
}
