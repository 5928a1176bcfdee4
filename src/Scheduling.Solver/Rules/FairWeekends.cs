using Google.OrTools.Sat;
using Scheduling.Domain.Calendar;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>fair-weekends (practice): counts the weekends (weekend days of one ISO week) on which the employee starts a shift.</summary>
internal sealed class FairWeekends(FairWeekendsRule rule) : FairShare(rule)
{
    protected override LinearExpr Count(ModelContext c, int e, out long upperBound)
    {
        var weekends = Enumerable.Range(0, c.D)
            .Where(d => rule.WeekendDays.Contains(c.Problem.Period.DateOf(d).DayOfWeek))
            .GroupBy(d => IsoWeek.Of(c.Problem.Period.DateOf(d)))
            .ToList();
        upperBound = weekends.Count;
        return LinearExpr.Sum(weekends.Select((g, k) =>
        {
            var worked = c.Model.NewBoolVar($"fair_weekend_{e}_{k}");
            c.Model.AddMaxEquality(worked, g.Select(d => c.Works[e, d]));
            return worked;
        }));
    }
}
