using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>period-hours: working minutes within each employee's bounds; soft: weight × minutes outside.</summary>
internal sealed class PeriodHours(PeriodHoursRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        foreach (var e in c.Employees)
        {
            var (min, max) = c.Problem.Employees[e].Contract.BoundsFor(c.D);
            var minutes = Worked.Minutes(c, e, out var upper);
            if (min is { } lo) Enforce.AtLeast(c, rule, minutes, (long)lo.TotalMinutes, e, -1, $"hours_under_{e}");
            if (max is { } hi) Enforce.AtMost(c, rule, minutes, (long)hi.TotalMinutes, upper, e, -1, $"hours_over_{e}");
        }
    }
}
