using NodaTime.Calendars;
using Scheduling.Domain.Checking;

namespace Scheduling.Domain.Rules;

/// <summary>max-weekends: an employee works at most N weekends (a weekend worked = a shift starting on one of its days).</summary>
internal sealed class MaxWeekendsCheck(MaxWeekendsRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        var rules = WeekYearRules.Iso;
        foreach (var employee in context.Problem.Employees)
        {
            if ((employee.Limits.MaxWeekends ?? rule.DefaultMaximum) is not { } max) continue;
            var weekends = context.Shifts[employee.Id]
                .Where(s => rule.WeekendDays.Contains(s.Date.DayOfWeek))
                .GroupBy(s => (rules.GetWeekYear(s.Date), rules.GetWeekOfWeekYear(s.Date)))
                .Select(g => g.Min(s => s.Date))
                .ToList();
            if (weekends.Count > max)
                violations.Add(CheckContext.Broken(rule, employee.Id, weekends, weekends.Count - max,
                    $"{employee.Id} arbetar {weekends.Count} helger; högst {max} är tillåtet",
                    $"{employee.Id} works {weekends.Count} weekends; at most {max} allowed"));
        }
    }
}
