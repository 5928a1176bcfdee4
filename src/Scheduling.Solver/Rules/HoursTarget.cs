using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>hours-target: weight × |working minutes − target from the employment rate|.</summary>
internal sealed class HoursTarget(HoursTargetRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        foreach (var e in c.Employees)
        {
            if (c.Problem.Employees[e].Contract.TargetFor(c.D) is not { } target) continue;
            var minutes = Worked.Minutes(c, e, out var upper);
            var goal = (long)target.TotalMinutes;
            var away = c.Model.NewIntVar(0, Math.Max(upper, goal), $"target_away_{e}");
            c.Model.AddAbsEquality(away, minutes - goal);
            c.Penalize(away, rule.Enforcement.Weight);
        }
    }
}
