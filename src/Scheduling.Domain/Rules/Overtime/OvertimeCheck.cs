using Scheduling.Domain.Checking;
using Scheduling.Domain.Cost;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>overtime (ATL §8): each employee's övertid in the period, as <see cref="ExtraHours"/> counts it, is at most the cap pro rata.</summary>
internal sealed class OvertimeCheck(OvertimeRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        var cap = rule.CapMinutes(context.Period.Days);
        foreach (var employee in context.Problem.Employees)
        {
            if (ExtraHours.Of(context.Problem, employee, context.Shifts[employee.Id].Select(s => s.Assignment)) is not { } extra) continue;
            var overtime = (long)extra.Overtime.TotalMinutes;
            if (overtime <= cap) continue;
            violations.Add(Broken(rule, employee.Id, [], overtime - cap,
                $"{employee.Id} har {Hours(overtime)} övertid i perioden; högst {Hours(cap)} är tillåtet ({context.Period.Days} dagar av lagens gräns)",
                $"{employee.Id} has {Hours(overtime)} of overtime in the period; at most {Hours(cap)} allowed ({context.Period.Days} days' share of the legal cap)"));
        }
    }

    private static string Hours(long minutes) => $"{minutes / 60} h {minutes % 60:00} min";
}
