using Google.OrTools.Sat;
using Scheduling.Domain;
using Scheduling.Domain.Calendar;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// preferences (önskeschema, stående önskemål): weight × each shift against a standing preference; for
/// at-most-weekends, weight × weekends (Saturday–Sunday of an ISO week) worked beyond the count.
/// </summary>
internal sealed class Preferences(PreferencesRule rule) : IConstraintFamily
{
    private static readonly IsoDayOfWeek[] Weekend = [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    public void Add(ModelContext c)
    {
        for (var i = 0; i < c.Problem.Preferences.Length; i++)
        {
            var preference = c.Problem.Preferences[i];
            var weight = checked(preference.Weight * rule.Enforcement.Weight);
            if (weight == 0) continue;
            var e = c.EmployeeIndex(preference.Employee);
            switch (preference.Kind)
            {
                case PreferenceKind.NoShiftKind:
                    for (var d = 0; d < c.D; d++)
                        for (var t = 0; t < c.T; t++)
                            if (c.TemplateAt(t).Kind == preference.ShiftKind) c.Penalize(c.X[e, d, t], weight);
                    break;
                case PreferenceKind.NoShift:
                    for (var d = 0; d < c.D; d++) c.Penalize(c.WorksShift(e, d, preference.Shift!.Value), weight);
                    break;
                case PreferenceKind.DayOffOnWeekday:
                    for (var d = 0; d < c.D; d++)
                        if (c.Problem.Period.DateOf(d).DayOfWeek == preference.Weekday) c.Penalize(c.Works[e, d], weight);
                    break;
                default:
                    AtMostWeekends(c, e, preference.Count!.Value, weight, i);
                    break;
            }
        }
    }

    private static void AtMostWeekends(ModelContext c, int e, int count, long weight, int index)
    {
        var weekends = Enumerable.Range(0, c.D)
            .Where(d => Weekend.Contains(c.Problem.Period.DateOf(d).DayOfWeek))
            .GroupBy(d => IsoWeek.Of(c.Problem.Period.DateOf(d)))
            .ToList();
        if (weekends.Count <= count) return;
        var worked = weekends.Select((g, k) =>
        {
            var w = c.Model.NewBoolVar($"pref_weekend_{index}_{k}");
            c.Model.AddMaxEquality(w, g.Select(d => c.Works[e, d]));
            return w;
        }).ToList();
        c.Penalize(c.PositivePart(LinearExpr.Sum(worked) - count, weekends.Count - count, $"pref_weekends_over_{index}"), weight);
    }
}
