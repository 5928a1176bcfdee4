using Scheduling.Domain.Calendar;
using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>
/// preferences (önskeschema, stående önskemål): each shift against a standing preference costs the
/// preference's weight; an at-most-weekends preference costs it per weekend (Saturday–Sunday of an ISO week) too many.
/// </summary>
internal sealed class PreferencesCheck(PreferencesRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        foreach (var preference in context.Problem.Preferences.Where(p => p.Weight > 0))
        {
            var shifts = context.Shifts[preference.Employee];
            if (preference.Kind == PreferenceKind.AtMostWeekends)
            {
                var weekends = shifts.Where(s => Preference.WeekendDays.Contains(s.Date.DayOfWeek))
                    .GroupBy(s => IsoWeek.Of(s.Date))
                    .Select(g => g.Min(s => s.Date))
                    .ToList();
                var over = weekends.Count - preference.Count!.Value;
                if (over > 0)
                    violations.Add(Broken(rule, preference.Employee, weekends, checked(over * preference.Weight),
                        $"{preference.Employee} arbetar {weekends.Count} helger mot ett stående önskemål om högst {preference.Count}",
                        $"{preference.Employee} works {weekends.Count} weekends against a preference for at most {preference.Count}"));
                continue;
            }

            var against = shifts.Where(s => preference.IsAgainst(s.Template, s.Date)).ToList();
            if (against.Count > 0)
                violations.Add(Broken(rule, preference.Employee, against.Select(s => s.Date), checked(against.Count * preference.Weight),
                    $"{preference.Employee} arbetar {against.Count} pass mot ett stående önskemål om {SwedishText(preference)}: {string.Join(", ", against.Select(s => $"{s.Template.Code} {Day(s.Date)}"))}",
                    $"{preference.Employee} works {against.Count} shift(s) against a preference for {Text(preference)}: {string.Join(", ", against.Select(s => $"{s.Template.Code} {Day(s.Date)}"))}"));
        }
    }

    internal static string SwedishText(Preference preference) => preference.Kind switch
    {
        PreferenceKind.NoShiftKind => $"inga pass av slaget {preference.ShiftKind}",
        PreferenceKind.NoShift => $"inga {preference.Shift}-pass",
        PreferenceKind.DayOffOnWeekday => $"ledigt på {preference.Weekday}",
        _ => $"högst {preference.Count} helger",
    };

    internal static string Text(Preference preference) => preference.Kind switch
    {
        PreferenceKind.NoShiftKind => $"no {preference.ShiftKind} shifts",
        PreferenceKind.NoShift => $"no {preference.Shift} shifts",
        PreferenceKind.DayOffOnWeekday => $"{preference.Weekday}s off",
        _ => $"at most {preference.Count} weekends",
    };
}
