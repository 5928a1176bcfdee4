using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// max-consecutive-days: every window of max+1 days ending in the period has a day off; soft: weight per window fully
/// worked. Days of the history before the period are constants: a run that began there counts whole.
/// </summary>
internal sealed class MaxConsecutiveDays(MaxConsecutiveDaysRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        foreach (var e in c.Employees)
        {
            if ((c.Problem.Employees[e].Limits.MaxConsecutiveDays ?? rule.DefaultMaximum) is not { } max) continue;
            for (var start = -Math.Min(c.History.Days, max); start + max < c.D; start++)
            {
                var before = Enumerable.Range(start, Math.Max(0, -start)).ToList();
                if (before.Any(d => !c.History.Works(e, d))) continue;
                var window = Enumerable.Range(Math.Max(0, start), max + 1 - before.Count).Select(d => c.Works[e, d]).ToList();
                Enforce.NotTogether(c, rule, window, 1, e, Math.Max(0, start), $"maxrun_{e}_{start}");
            }
        }
    }
}
