using Scheduling.Domain.Calendar;
using Scheduling.Domain.Checking;

namespace Scheduling.Domain.Rules;

/// <summary>fair-holidays (Lag 1989:253; AB): shifts starting on a public holiday or an agreement eve against each employee's fair share.</summary>
internal sealed class FairHolidaysCheck(FairHolidaysRule rule) : FairShareCheck(rule)
{
    protected override string What => "holiday shifts";

    protected override string SwedishWhat => "pass på helgdagar";

    protected override long CountOf(CheckContext context, EmployeeId employee) =>
        context.Shifts[employee].Count(s => SwedishHolidays.IsAgreementHoliday(s.Date));
}
