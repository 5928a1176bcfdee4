using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>max-consecutive-days: every window of max+1 consecutive days ending in the period has a day off; a run that began in the history before the period counts whole.</summary>
internal sealed class MaxConsecutiveDaysCheck(MaxConsecutiveDaysRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        foreach (var employee in context.Problem.Employees)
        {
            if ((employee.Limits.MaxConsecutiveDays ?? rule.DefaultMaximum) is not { } max) continue;
            var worked = context.WorkedAcrossSeam(employee.Id);
            var run = 0;
            for (var d = 0; d < worked.Length; d++)
            {
                run = worked[d] ? run + 1 : 0;
                if (run > max && d >= context.HistoryDays)
                    violations.Add(Broken(rule, employee.Id, [context.DateAcrossSeam(d - max), context.DateAcrossSeam(d)], 1,
                        $"{employee.Id} arbetar {max + 1} dagar i rad från {Day(context.DateAcrossSeam(d - max))}; högst {max} är tillåtet",
                        $"{employee.Id} works {max + 1} days in a row from {Day(context.DateAcrossSeam(d - max))}; at most {max} allowed"));
            }
        }
    }
}
