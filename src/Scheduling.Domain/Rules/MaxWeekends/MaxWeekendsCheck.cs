using Scheduling.Domain.Calendar;
using Scheduling.Domain.Checking;

namespace Scheduling.Domain.Rules;

/// <summary>
/// max-weekends: an employee works at most N of the period's weekends (a weekend worked = a shift starting on one of its
/// days). With history, the same count holds in every run of as many weekends as the period has that reaches back into
/// the history (a weekend the seam cuts counts as worked when either side is): worked every other weekend stays so across
/// the seam. Where the history's weekends alone pass N, the period may add none in that run, and only what it adds is charged.
/// </summary>
internal sealed class MaxWeekendsCheck(MaxWeekendsRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        var history = context.HistoryDays;

        // The weekends from the history's first day, as lists of indexes into WorkedAcrossSeam (index = history + day).
        var weekends = Enumerable.Range(0, history + context.Period.Days)
            .Where(i => rule.WeekendDays.Contains(context.DateAcrossSeam(i).DayOfWeek))
            .GroupBy(i => IsoWeek.Of(context.DateAcrossSeam(i)))
            .Select(g => g.ToList())
            .ToList();
        var firstInPeriod = weekends.FindIndex(w => w[^1] >= history);
        if (firstInPeriod < 0) return;
        var count = weekends.Count - firstInPeriod;
        foreach (var employee in context.Problem.Employees)
        {
            if ((employee.Limits.MaxWeekends ?? rule.DefaultMaximum) is not { } max) continue;
            var worked = context.WorkedAcrossSeam(employee.Id);
            for (var start = Math.Max(0, firstInPeriod - count + 1); start <= firstInPeriod; start++)
            {
                var run = weekends.GetRange(start, count);
                var before = run.Count(w => w.Any(i => i < history && worked[i]));
                var added = run.Count(w => !w.Any(i => i < history && worked[i]) && w.Any(i => worked[i]));
                var bound = Math.Max(0, max - before);
                if (added <= bound) continue;
                var dates = run.Where(w => w.Any(i => worked[i])).Select(w => context.DateAcrossSeam(w.First(i => worked[i]))).ToList();
                var from = CheckContext.Day(context.DateAcrossSeam(run[0][0]));
                violations.Add(start == firstInPeriod
                    ? CheckContext.Broken(rule, employee.Id, dates, added - bound,
                        $"{employee.Id} arbetar {before + added} helger; högst {max} är tillåtet",
                        $"{employee.Id} works {before + added} weekends; at most {max} allowed")
                    : CheckContext.Broken(rule, employee.Id, dates, added - bound,
                        $"{employee.Id} arbetar {before + added} av {count} helger i rad från {from}; högst {max} är tillåtet",
                        $"{employee.Id} works {before + added} of {count} weekends in a row from {from}; at most {max} allowed"));
            }
        }
    }
}
