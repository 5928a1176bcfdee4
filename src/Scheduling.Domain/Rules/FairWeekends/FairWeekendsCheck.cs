using Scheduling.Domain.Calendar;
using Scheduling.Domain.Checking;

namespace Scheduling.Domain.Rules;

/// <summary>fair-weekends (practice): weekends worked (a shift starting on a weekend day, weekends by ISO week) against each employee's fair share.</summary>
internal sealed class FairWeekendsCheck(FairWeekendsRule rule) : FairShareCheck(rule)
{
    protected override string What => "weekends";

    protected override string SwedishWhat => "helger";

    protected override long CountOf(CheckContext context, EmployeeId employee)
    {
        return context.Shifts[employee]
            .Where(s => rule.WeekendDays.Contains(s.Date.DayOfWeek))
            .Select(s => IsoWeek.Of(s.Date))
            .Distinct()
            .Count();
    }
}
