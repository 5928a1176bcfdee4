using Google.OrTools.Sat;
using NodaTime.Calendars;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>max-weekends: a weekend is worked when any of its days is; at most N per employee; soft: weight per weekend too many.</summary>
internal sealed class MaxWeekends(MaxWeekendsRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        var weeks = WeekYearRules.Iso;
        var weekends = Enumerable.Range(0, c.D)
            .Where(d => rule.WeekendDays.Contains(c.Problem.Period.DateOf(d).DayOfWeek))
            .GroupBy(d => (weeks.GetWeekYear(c.Problem.Period.DateOf(d)), weeks.GetWeekOfWeekYear(c.Problem.Period.DateOf(d))))
            .Select(g => g.ToList())
            .ToList();
        for (var e = 0; e < c.E; e++)
        {
            if ((c.Problem.Employees[e].Limits.MaxWeekends ?? rule.DefaultMaximum) is not { } max || max >= weekends.Count) continue;
            var worked = new List<BoolVar>();
            for (var k = 0; k < weekends.Count; k++)
            {
                var w = c.Model.NewBoolVar($"weekend_{e}_{k}");
                c.Model.AddMaxEquality(w, weekends[k].Select(d => c.Works[e, d]));
                worked.Add(w);
            }

            Enforce.AtMost(c, rule, LinearExpr.Sum(worked), max, weekends.Count, e, -1, $"weekends_over_{e}");
        }
    }
}
