using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>availability: no shift on a day the employee said they cannot work.</summary>
internal sealed class AvailabilityCheck(AvailabilityRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        var unavailable = context.Problem.Unavailability.Select(u => (u.Employee, u.Date)).ToHashSet();
        foreach (var (employee, shifts) in context.Shifts)
            foreach (var s in shifts.Where(s => unavailable.Contains((employee, s.Date))))
                violations.Add(Broken(rule, employee, [s.Date], 1,
                    $"{employee} arbetar {s.Template.Code} {Day(s.Date)} men kan inte arbeta den dagen", $"{employee} works {s.Template.Code} on {Day(s.Date)} but cannot work that day"));
    }
}
