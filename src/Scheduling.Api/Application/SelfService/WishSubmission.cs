using NodaTime.Text;
using Scheduling.Domain;
using Scheduling.Domain.SelfService;

namespace Scheduling.Api.Application.SelfService;

/// <summary>
/// An employee's wishes and preferences for a period as submitted, and the limits they keep together with what the
/// employee already has: no wish they have (unless replacing), at most <paramref name="MaxWishes"/> wishes and
/// <paramref name="MaxMust"/> MUST items in the period, at most <paramref name="MaxPreferences"/> preferences.
/// </summary>
internal sealed record WishSubmission(
    string Unit, bool Replace, IReadOnlyList<SubmittedWish> Wishes, IReadOnlyList<StandingPreferenceDto> Preferences, int MaxWishes, int MaxMust, int MaxPreferences)
{
    /// <summary>What the submission breaks, with the employee's <paramref name="earlier"/> wishes of the period and preferences.</summary>
    public List<ProblemError> Limits(IReadOnlyList<EmployeeWish> earlier, IReadOnlyList<StandingPreferenceDto> earlierPreferences)
    {
        var kept = Replace ? [] : earlier;
        var keptPreferences = Replace && Preferences.Count > 0 ? [] : earlierPreferences;
        var problems = new List<ProblemError>();
        var have = kept.GroupBy(KeyOf).ToDictionary(g => g.Key, g => g.First().Name);
        for (var i = 0; i < Wishes.Count; i++)
            if (have.TryGetValue(Wishes[i].Key, out var name))
                problems.Add(new($"wishes[{i}]", $"you already have this wish ({name}): delete it first, or submit with replace"));
        if (kept.Count + Wishes.Count > MaxWishes)
            problems.Add(new("wishes", $"at most {MaxWishes} wishes per employee per period in {Unit}; this makes {kept.Count + Wishes.Count}"));
        var must = Wishes.Count(w => w.IsMust) + kept.Count(w => w.IsMust);
        if (must > MaxMust)
            problems.Add(new("wishes", $"at most {MaxMust} MUST items (MUST wishes and unavailable days) per period in {Unit}; this makes {must}"));
        if (keptPreferences.Count + Preferences.Count > MaxPreferences)
            problems.Add(new("preferences", $"at most {MaxPreferences} standing preferences per employee; this makes {keptPreferences.Count + Preferences.Count}"));
        return problems;
    }

    /// <summary>What a replacing submission deletes: the earlier wishes of the period, and the earlier preferences when it gives any.</summary>
    public IReadOnlyList<string> Replaced(IReadOnlyList<EmployeeWish> earlier, IReadOnlyList<StandingPreferenceDto> earlierPreferences) =>
        Replace ? [.. earlier.Select(w => w.Name), .. Preferences.Count > 0 ? earlierPreferences.Select(p => p.Name) : []] : [];

    /// <summary>A stored wish's key as a submitted one's (<see cref="SubmittedWish.Key"/>).</summary>
    private static (string Date, EmployeeWishKind? Kind, string Shift) KeyOf(EmployeeWish wish) => (LocalDatePattern.Iso.Format(wish.Date), wish.Kind, wish.Shift);
}
