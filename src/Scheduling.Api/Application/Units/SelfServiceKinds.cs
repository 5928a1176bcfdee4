using NodaTime;
using NodaTime.Text;
using Scheduling.Api.V1;
using Scheduling.Domain;

namespace Scheduling.Api.Application.Units;

/// <summary>
/// The stored resources of employee self-service and their checks on their own: the windows a manager
/// sets, the employees' rate choices, wishes and standing preferences. Checks that need the unit's data
/// (a date inside the window's period, a known shift template, the MUST limit) are the self-service application's (<c>SelfService.OwnData</c>).
/// </summary>
public static class SelfServiceKinds
{
    public static readonly ResourceKind RateChoiceWindow = new ResourceKind<V1.RateChoiceWindow>("rateChoiceWindows", "window", UnderUnit: true, GeneratedIds: false, CheckRateWindow);
    public static readonly ResourceKind WishWindow = new ResourceKind<V1.WishWindow>("wishWindows", "window", true, false, CheckWishWindow);
    public static readonly ResourceKind RateChoice = new("rateChoices", "rateChoice", true, true, _ => []);
    public static readonly ResourceKind EmployeeWish = new("employeeWishes", "wish", true, true, _ => []);
    public static readonly ResourceKind StandingPreference = new("standingPreferences", "preference", true, true, _ => []);

    /// <summary>Most rates a window may offer.</summary>
    public const int MaxOfferedRates = 1000;

    /// <summary>Years a rate choice window may be for.</summary>
    public const int FirstYear = 2000, LastYear = 2200;

    /// <summary>Each employee's latest choice per year (the contract rate of the periods starting in that year).</summary>
    public static Dictionary<int, RateChoice> LatestByYear(IEnumerable<RateChoice> choices) =>
        choices.GroupBy(c => c.Year).ToDictionary(g => g.Key, g => g.OrderBy(c => c.ChooseTime).ThenBy(c => c.Name, StringComparer.Ordinal).Last());

    public static LocalDate? ParseDate(string text) => LocalDatePattern.Iso.Parse(text ?? "") is { Success: true } r ? r.Value : null;

    private static string IdOf(string name) => name[(name.LastIndexOf('/') + 1)..];

    /// <summary>The year a rate choice window is for (its id).</summary>
    public static int YearOf(V1.RateChoiceWindow window) => int.Parse(IdOf(window.Name), System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<ProblemError> CheckDates(string opens, string closes)
    {
        var from = ParseDate(opens);
        var to = ParseDate(closes);
        if (from is null) yield return new("opens", $"must be a date, yyyy-MM-dd, was '{opens}'");
        if (to is null) yield return new("closes", $"must be a date, yyyy-MM-dd, was '{closes}'");
        if (from is { } f && to is { } t && t < f) yield return new("closes", $"must not be before opens ({opens}), was {closes}");
    }

    private static IEnumerable<ProblemError> CheckRateWindow(V1.RateChoiceWindow window)
    {
        if (!int.TryParse(IdOf(window.Name), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) || year is < FirstYear or > LastYear)
            yield return new("name", $"must be units/{{unit}}/rateChoiceWindows/{{year}}, a year from {FirstYear} to {LastYear}, was '{window.Name}'");
        foreach (var e in CheckDates(window.Opens, window.Closes)) yield return e;
        if ((window.OfferedRates.Count > 0) == (window.OfferedRange is not null))
            yield return new("offeredRates", "give the offered rates as a list or as offeredRange, exactly one");
        for (var i = 0; i < window.OfferedRates.Count; i++)
            if (window.OfferedRates[i] is <= 0 or > 100 || double.IsNaN(window.OfferedRates[i]))
                yield return new($"offeredRates[{i}]", $"must be above 0 and at most 100, was {window.OfferedRates[i]}");
        if (window.OfferedRange is { } range)
        {
            if (range.From is <= 0 or > 100 || double.IsNaN(range.From)) yield return new("offeredRange.from", $"must be above 0 and at most 100, was {range.From}");
            if (range.To < range.From || range.To > 100 || double.IsNaN(range.To)) yield return new("offeredRange.to", $"must be from `from` ({range.From}) to 100, was {range.To}");
            if (range.Step <= 0 || double.IsNaN(range.Step)) yield return new("offeredRange.step", $"must be above 0, was {range.Step}");
            else if ((range.To - range.From) / range.Step > MaxOfferedRates) yield return new("offeredRange.step", $"makes more than {MaxOfferedRates} rates");
        }
    }

    private static IEnumerable<ProblemError> CheckWishWindow(V1.WishWindow window)
    {
        var id = IdOf(window.Name);
        if (ParseDate(id) is null) yield return new("name", $"must be units/{{unit}}/wishWindows/{{start}}, the period's first day yyyy-MM-dd, was '{window.Name}'");
        if (window.Period is null) yield return new("period", "is required");
        else
        {
            if (window.Period.StartDate != id) yield return new("period.startDate", $"must be the window's id, {id}, was '{window.Period.StartDate}'");
            if (!window.Period.HasDays || window.Period.Days is < 1 or > SchedulePeriod.MaxDays) yield return new("period.days", $"is required, 1 to {SchedulePeriod.MaxDays}");
            if (window.Period.HasTimeZone && DateTimeZoneProviders.Tzdb.GetZoneOrNull(window.Period.TimeZone) is null)
                yield return new("period.timeZone", $"unknown time zone '{window.Period.TimeZone}'");
        }

        foreach (var e in CheckDates(window.Opens, window.Closes)) yield return e;
        if (window.HasMaxMustWishes && window.MaxMustWishes < 0) yield return new("maxMustWishes", $"must not be negative, was {window.MaxMustWishes}");
    }
}
