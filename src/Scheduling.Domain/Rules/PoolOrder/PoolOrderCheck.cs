using Scheduling.Domain.Checking;
using Scheduling.Domain.Units;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>pool-order: per employee and unit away from home, their shifts there times the unit's booking rank.</summary>
internal sealed class PoolOrderCheck(PoolOrderRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        var problem = context.Problem;
        if (problem.Units.IsEmpty) return;
        foreach (var employee in problem.Employees)
        {
            if (problem.HomeUnitOf(employee.Id) is not { } home) continue;
            foreach (var away in context.Shifts[employee.Id].Where(s => s.Unit is { } u && u != home).GroupBy(s => s.Unit!.Value))
            {
                var rank = PoolOrderRule.Rank(problem, home, away.Key);
                var shifts = away.ToList();
                violations.Add(Broken(rule, employee.Id, shifts.Select(s => s.Date), checked(rank * shifts.Count),
                    $"{employee.Id} från {home} arbetar {shifts.Count} resurspass på {away.Key} (bokningsordning {rank})",
                    $"{employee.Id} of {home} works {shifts.Count} resource shift(s) at {away.Key} (booking rank {rank})"));
            }
        }
    }
}
