using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>availability: no shift on a day the employee cannot work; soft: weight per such shift.</summary>
internal sealed class Availability(AvailabilityRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        foreach (var u in c.Problem.Unavailability.Distinct())
        {
            var e = c.EmployeeIndex(u.Employee);
            var d = c.Problem.Period.IndexOf(u.Date);
            for (var t = 0; t < c.T; t++) Enforce.Forbid(c, rule, c.X[e, d, t], 1, e, d);
        }
    }
}
