using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>max-consecutive-days: every window of max+1 consecutive days inside the period has a day off.</summary>
internal sealed class MaxConsecutiveDaysCheck(MaxConsecutiveDaysRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        foreach (var employee in context.Problem.Employees)
        {
            if ((employee.Limits.MaxConsecutiveDays ?? rule.DefaultMaximum) is not { } max) continue;
            var worked = context.Worked[employee.Id];
            var run = 0;
            for (var d = 0; d < worked.Length; d++)
            {
                run = worked[d] ? run + 1 : 0;
                if (run > max)
                    violations.Add(Broken(rule, employee.Id, [context.Period.DateOf(d - max), context.Period.DateOf(d)], 1,
                        $"{employee.Id} arbetar {max + 1} dagar i rad från {Day(context.Period.DateOf(d - max))}; högst {max} är tillåtet",
                        $"{employee.Id} works {max + 1} days in a row from {Day(context.Period.DateOf(d - max))}; at most {max} allowed"));
            }
        }
    }
}
