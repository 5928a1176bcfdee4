using Google.OrTools.Sat;
using Scheduling.Domain.Calendar;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>fair-holidays (Lag 1989:253; AB): counts the employee's shifts starting on a public holiday or an agreement eve.</summary>
internal sealed class FairHolidays(FairHolidaysRule rule) : FairShare(rule)
{
    protected override LinearExpr Count(ModelContext c, int e, out long upperBound)
    {
        var holidays = Enumerable.Range(0, c.D).Where(d => SwedishHolidays.IsAgreementHoliday(c.Problem.Period.DateOf(d))).ToList();
        upperBound = holidays.Count;
        return LinearExpr.Sum(holidays.Select(d => c.Works[e, d]));
    }
}
