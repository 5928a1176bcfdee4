using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>period-hours: each employee's working minutes lie within the contract's bounds.</summary>
internal sealed class PeriodHoursCheck(PeriodHoursRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        foreach (var employee in context.Problem.Employees)
        {
            var (min, max) = employee.Contract.BoundsFor(context.Period.Days);
            var worked = WorkedTime.Minutes(context.Shifts[employee.Id]);
            var under = min is { } lo ? Math.Max(0, (long)lo.TotalMinutes - worked) : 0;
            var over = max is { } hi ? Math.Max(0, worked - (long)hi.TotalMinutes) : 0;
            if (under > 0)
                violations.Add(Broken(rule, employee.Id, [], under,
                    $"{employee.Id} arbetar {Hours(worked)} i perioden; minst {Hours((long)min!.Value.TotalMinutes)} krävs",
                    $"{employee.Id} works {Hours(worked)} in the period; at least {Hours((long)min!.Value.TotalMinutes)} required"));
            if (over > 0)
                violations.Add(Broken(rule, employee.Id, [], over,
                    $"{employee.Id} arbetar {Hours(worked)} i perioden; högst {Hours((long)max!.Value.TotalMinutes)} är tillåtet",
                    $"{employee.Id} works {Hours(worked)} in the period; at most {Hours((long)max!.Value.TotalMinutes)} allowed"));
        }
    }
}
