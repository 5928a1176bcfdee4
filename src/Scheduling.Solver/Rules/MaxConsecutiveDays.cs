using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>max-consecutive-days: every window of max+1 days inside the period has a day off; soft: weight per window fully worked.</summary>
internal sealed class MaxConsecutiveDays(MaxConsecutiveDaysRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        for (var e = 0; e < c.E; e++)
        {
            if ((c.Problem.Employees[e].Limits.MaxConsecutiveDays ?? rule.DefaultMaximum) is not { } max) continue;
            for (var start = 0; start + max < c.D; start++)
            {
                var window = Enumerable.Range(start, max + 1).Select(d => c.Works[e, d]).ToList();
                if (rule.Enforcement.IsHard)
                    c.Require(c.Model.Add(LinearExpr.Sum(window) <= max), rule.Id, e, start);
                else
                    c.Penalize(c.And(window, $"maxrun_{e}_{start}"), rule.Enforcement.Weight);
            }
        }
    }
}
