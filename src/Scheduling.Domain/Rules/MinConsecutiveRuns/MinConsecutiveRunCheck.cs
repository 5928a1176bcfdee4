using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>
/// min-consecutive-days and min-consecutive-days-off: every maximal run of worked days (or of days off)
/// is at least the minimum long; a run touching the first or last day binds only when configured.
/// </summary>
internal sealed class MinConsecutiveRunCheck(Rule rule, int? defaultMinimum, Func<Employee, int?> limit, bool bindAtEdges, bool worked) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        var days = context.Period.Days;
        foreach (var employee in context.Problem.Employees)
        {
            if ((limit(employee) ?? defaultMinimum) is not { } min) continue;
            var state = context.Worked[employee.Id];
            var start = 0;
            for (var d = 1; d <= days; d++)
            {
                if (d < days && state[d] == state[start]) continue;
                var length = d - start;
                var touchesEdge = start == 0 || d == days;
                if (state[start] == worked && length < min && (bindAtEdges || !touchesEdge))
                    violations.Add(Broken(rule, employee.Id, [context.Period.DateOf(start), context.Period.DateOf(d - 1)], min - length,
                        $"{employee.Id} har {length} {(worked ? "arbetsdagar" : "lediga dagar")} i rad från {Day(context.Period.DateOf(start))}; minst {min} krävs",
                        $"{employee.Id} has a run of {length} {(worked ? "working days" : "days off")} from {Day(context.Period.DateOf(start))}; at least {min} required"));
                start = d;
            }
        }
    }
}
