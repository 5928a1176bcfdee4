using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>hours-target: each employee's working minutes against the target from the employment rate.</summary>
internal sealed class HoursTargetCheck(HoursTargetRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        foreach (var employee in context.Problem.Employees)
        {
            if (employee.Contract.TargetFor(context.Period.Days) is not { } target) continue;
            var worked = WorkedTime.Minutes(context.Shifts[employee.Id]);
            var away = Math.Abs(worked - (long)target.TotalMinutes);
            if (away > 0)
                violations.Add(Broken(rule, employee.Id, [], away,
                    $"{employee.Id} arbetar {Hours(worked)} mot ett mål på {Hours((long)target.TotalMinutes)}",
                    $"{employee.Id} works {Hours(worked)} against a target of {Hours((long)target.TotalMinutes)}"));
        }
    }
}
