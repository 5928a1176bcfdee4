using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>max-shifts-per-template: no more assignments of a template than the employee's limit.</summary>
internal sealed class MaxShiftsPerTemplateCheck(MaxShiftsPerTemplateRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        foreach (var employee in context.Problem.Employees)
            foreach (var template in context.Problem.Templates)
            {
                var max = employee.Limits.MaxShiftsPerTemplate.TryGetValue(template.Code, out var m) ? m : rule.DefaultMaximum;
                if (max is null) continue;
                var count = context.Shifts[employee.Id].Count(s => s.Template.Code == template.Code);
                if (count > max)
                    violations.Add(Broken(rule, employee.Id, [], count - max.Value,
                        $"{employee.Id} arbetar {template.Code} {count} gånger; högst {max} är tillåtet",
                        $"{employee.Id} works {template.Code} {count} times; at most {max} allowed"));
            }
    }
}
