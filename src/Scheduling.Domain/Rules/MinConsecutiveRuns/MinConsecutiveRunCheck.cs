using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>
/// min-consecutive-days and min-consecutive-days-off: every maximal run of worked days (or of days off)
/// is at least the minimum long; a run touching the first or last day binds only when configured. With history, a run
/// that began before the period is judged whole (its first day is then the history's, and the edge is the history's
/// first day); a run that the history itself closed is not judged, one that the period's first day closes is.
/// </summary>
internal sealed class MinConsecutiveRunCheck(Rule rule, int? defaultMinimum, Func<Employee, int?> limit, bool bindAtEdges, bool worked) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        var days = context.HistoryDays + context.Period.Days;
        foreach (var employee in context.Problem.Employees)
        {
            if ((limit(employee) ?? defaultMinimum) is not { } min) continue;
            var state = context.WorkedAcrossSeam(employee.Id);
            var start = 0;
            for (var d = 1; d <= days; d++)
            {
                if (d < days && state[d] == state[start]) continue;
                var length = d - start;
                var touchesEdge = start == 0 || d == days;
                if (state[start] == worked && length < min && (bindAtEdges || !touchesEdge) && d >= context.HistoryDays)
                    violations.Add(Broken(rule, employee.Id, [context.DateAcrossSeam(start), context.DateAcrossSeam(d - 1)], min - length,
                        $"{employee.Id} har {length} {(worked ? "arbetsdagar" : "lediga dagar")} i rad från {Day(context.DateAcrossSeam(start))}; minst {min} krävs",
                        $"{employee.Id} has a run of {length} {(worked ? "working days" : "days off")} from {Day(context.DateAcrossSeam(start))}; at least {min} required"));
                start = d;
            }
        }
    }
}
