using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Constraints;

/// <summary>Working minutes of an employee in the period as a linear expression.</summary>
internal static class Worked
{
    public static LinearExpr Minutes(ModelContext c, int e, out long upperBound)
    {
        var vars = new List<BoolVar>();
        var minutes = new List<long>();
        upperBound = 0;
        for (var d = 0; d < c.D; d++)
        {
            long dayMax = 0;
            for (var t = 0; t < c.T; t++)
            {
                vars.Add(c.X[e, d, t]);
                minutes.Add(c.WorkMinutes[d, t]);
                dayMax = Math.Max(dayMax, c.WorkMinutes[d, t]);
            }

            upperBound += dayMax;
        }

        return LinearExpr.WeightedSum(vars, minutes);
    }
}

/// <summary>period-hours: working minutes within each employee's bounds; soft: weight × minutes outside.</summary>
internal sealed class PeriodHours(PeriodHoursRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        for (var e = 0; e < c.E; e++)
        {
            var (min, max) = c.Problem.Employees[e].Contract.BoundsFor(c.D);
            var minutes = Worked.Minutes(c, e, out var upper);
            if (min is { } lo) Enforce.AtLeast(c, rule, minutes, (long)lo.TotalMinutes, e, -1, $"hours_under_{e}");
            if (max is { } hi) Enforce.AtMost(c, rule, minutes, (long)hi.TotalMinutes, upper, e, -1, $"hours_over_{e}");
        }
    }
}

/// <summary>hours-target: weight × |working minutes − target from the employment rate|.</summary>
internal sealed class HoursTarget(HoursTargetRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        for (var e = 0; e < c.E; e++)
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
