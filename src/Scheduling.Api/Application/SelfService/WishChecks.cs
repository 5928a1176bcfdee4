using NodaTime;
using Scheduling.Api.Application.Units;
using Scheduling.Domain;
using Scheduling.Domain.SelfService;

namespace Scheduling.Api.Application.SelfService;

/// <summary>
/// Each submitted wish and standing preference on its own, against the window's period and the unit's shift templates:
/// its fields (as paths of the request, <c>wishes[2].date</c>), and a wish given twice in the request.
/// </summary>
internal static class WishChecks
{
    public static List<ProblemError> Submitted(IReadOnlyList<SubmittedWish> wishes, IReadOnlyList<StandingPreferenceDto> preferences, WishWindow window, HashSet<string> templates)
    {
        var errors = new List<ProblemError>();
        var seen = new Dictionary<(string, EmployeeWishKind?, string), int>();
        for (var i = 0; i < wishes.Count; i++)
        {
            var wish = wishes[i];
            errors.AddRange(Wish(wish, $"wishes[{i}]", window.PeriodStart, window.PeriodEnd, templates));
            if (!seen.TryAdd(wish.Key, i)) errors.Add(new($"wishes[{i}]", $"the same wish as wishes[{seen[wish.Key]}] (date, kind and shift): give each once"));
        }

        for (var i = 0; i < preferences.Count; i++) errors.AddRange(Preference(preferences[i], $"preferences[{i}]", templates));
        return errors;
    }

    private static IEnumerable<ProblemError> Wish(SubmittedWish wish, string field, LocalDate first, LocalDate last, HashSet<string> templates)
    {
        if (SelfServiceKinds.ParseDate(wish.Date) is not { } date) yield return new($"{field}.date", $"must be a date, yyyy-MM-dd, was '{wish.Date}'");
        else if (date < first || date > last) yield return new($"{field}.date", $"must be inside the period, {first:uuuu-MM-dd} to {last:uuuu-MM-dd}, was {wish.Date}");
        switch (wish.Kind)
        {
            case EmployeeWishKind.ShiftOn or EmployeeWishKind.ShiftOff:
                if (wish.Shift.Length == 0) yield return new($"{field}.shift", $"is required for {wish.Kind.ToString()!.ToUpperInvariant()}");
                else if (!templates.Contains(wish.Shift)) yield return new($"{field}.shift", $"must be a shift template of the unit ({Known(templates)}), was '{wish.Shift}'");
                break;
            case EmployeeWishKind.DayOff or EmployeeWishKind.Unavailable:
                if (wish.Shift.Length > 0) yield return new($"{field}.shift", "must be empty for a day off or an unavailable day");
                if (wish.Kind == EmployeeWishKind.Unavailable && wish.Priority is not (null or WishPriority.Must))
                    yield return new($"{field}.priority", "an unavailable day is always MUST (for a softer wish, ask for a DAY_OFF)");
                break;
            default:
                yield return new($"{field}.kind", "is required: SHIFT_ON, SHIFT_OFF, DAY_OFF or UNAVAILABLE");
                break;
        }
    }

    private static IEnumerable<ProblemError> Preference(StandingPreferenceDto preference, string field, HashSet<string> templates)
    {
        switch (preference.Kind)
        {
            case PreferenceKind.NoShiftKind:
                if (preference.ShiftKind is null) yield return new($"{field}.shiftKind", "is required for NO_SHIFT_KIND, e.g. NIGHT");
                break;
            case PreferenceKind.NoShift:
                if (!templates.Contains(preference.Shift)) yield return new($"{field}.shift", $"must be a shift template of the unit ({Known(templates)}), was '{preference.Shift}'");
                break;
            case PreferenceKind.DayOffOnWeekday:
                if (preference.Weekday is null) yield return new($"{field}.weekday", "is required for DAY_OFF_ON_WEEKDAY, e.g. MONDAY");
                break;
            case PreferenceKind.AtMostWeekends:
                if (preference.Count is < 0 or > 53) yield return new($"{field}.count", $"must be the most weekends, 0 to 53, was {preference.Count}");
                break;
            default:
                yield return new($"{field}.kind", "is required: NO_SHIFT_KIND, NO_SHIFT, DAY_OFF_ON_WEEKDAY or AT_MOST_WEEKENDS");
                break;
        }
    }

    private static string Known(HashSet<string> templates) => string.Join(", ", templates.Order(StringComparer.Ordinal));
}
