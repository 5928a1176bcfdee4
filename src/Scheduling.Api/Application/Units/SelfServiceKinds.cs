using NodaTime;
using NodaTime.Text;
using Scheduling.Api.Storage;
using Scheduling.Domain;
using Scheduling.Domain.SelfService;

namespace Scheduling.Api.Application.Units;

/// <summary>
/// The stored resources of employee self-service and their checks on their own: the windows a manager sets (checked
/// as the items <see cref="RateChoiceWindowDto"/> and <see cref="WishWindowDto"/>, read as the domain's
/// <see cref="RateChoiceWindow"/> and <see cref="WishWindow"/>), the employees' rate choices, wishes and standing
/// preferences. Checks that need the unit's data (a date inside the window's period, a known shift template, the MUST
/// limit) are the self-service application's (<c>SelfService.OwnWishes</c>, <c>SelfService.OwnRates</c>).
/// </summary>
public static class SelfServiceKinds
{
    public static readonly ResourceKind RateChoiceWindow = new ResourceKind<RateChoiceWindowDto>(ResourceCollections.RateChoiceWindows, "window", UnderUnit: true, GeneratedIds: false, CheckRateWindow);
    public static readonly ResourceKind WishWindow = new ResourceKind<WishWindowDto>(ResourceCollections.WishWindows, "window", true, false, CheckWishWindow);
    public static readonly ResourceKind RateChoice = new(ResourceCollections.RateChoices, "rateChoice", true, true, _ => []);
    public static readonly ResourceKind EmployeeWish = new(ResourceCollections.EmployeeWishes, "wish", true, true, _ => []);
    public static readonly ResourceKind StandingPreference = new(ResourceCollections.StandingPreferences, "preference", true, true, _ => []);

    public static LocalDate? ParseDate(string text) => LocalDatePattern.Iso.Parse(text ?? "") is { Success: true } r ? r.Value : null;

    /// <summary>A stored (so checked) rate choice window as the domain's.</summary>
    public static RateChoiceWindow Window(RateChoiceWindowDto window) =>
        new(Year(IdOf(window.Name))!.Value, Dates(window.Opens, window.Closes, window.Closed), window.OfferedRates, window.HasOfferedRange ? new RateRange(window.RangeFrom, window.RangeTo, window.RangeStep) : null);

    /// <summary>A stored (so checked) wish window as the domain's.</summary>
    public static WishWindow Window(WishWindowDto window) =>
        new(ParseDate(window.Period!.StartDate!)!.Value, window.Period.Days!.Value, window.Period.TimeZone is { } zone ? DateTimeZoneProviders.Tzdb[zone] : null,
            Dates(window.Opens, window.Closes, window.Closed), window.MaxMustWishes);

    private static WindowDates Dates(string opens, string closes, bool closed) => new(ParseDate(opens)!.Value, ParseDate(closes)!.Value, closed);

    private static string IdOf(string name) => name[(name.LastIndexOf('/') + 1)..];

    /// <summary>The year a rate choice window's id names; null when it names none.</summary>
    private static int? Year(string id) =>
        int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) ? year : null;

    private static IEnumerable<ProblemError> CheckDates(string opens, string closes)
    {
        var from = ParseDate(opens);
        var to = ParseDate(closes);
        if (from is null) yield return new("opens", $"must be a date, yyyy-MM-dd, was '{opens}'");
        if (to is null) yield return new("closes", $"must be a date, yyyy-MM-dd, was '{closes}'");
        if (from is { } f && to is { } t && t < f) yield return new("closes", $"must not be before opens ({opens}), was {closes}");
    }

    private static IReadOnlyList<ProblemError> CheckRateWindow(RateChoiceWindowDto window) => Checked(RateWindowFields(window), () => Window(window));

    private static IEnumerable<ProblemError> RateWindowFields(RateChoiceWindowDto window)
    {
        if (Year(IdOf(window.Name)) is not (>= Domain.SelfService.RateChoiceWindow.FirstYear and <= Domain.SelfService.RateChoiceWindow.LastYear))
            yield return new("name", $"must be units/{{unit}}/rateChoiceWindows/{{year}}, a year from {Domain.SelfService.RateChoiceWindow.FirstYear} to {Domain.SelfService.RateChoiceWindow.LastYear}, was '{window.Name}'");
        foreach (var e in CheckDates(window.Opens, window.Closes)) yield return e;
        if ((window.OfferedRates.Count > 0) == window.HasOfferedRange)
            yield return new("offeredRates", "give the offered rates as a list or as offeredRange, exactly one");
        for (var i = 0; i < window.OfferedRates.Count; i++)
            if (!Domain.SelfService.RateChoiceWindow.IsRate(window.OfferedRates[i]))
                yield return new($"offeredRates[{i}]", $"must be above 0 and at most 100, was {window.OfferedRates[i]}");
        if (window.HasOfferedRange) foreach (var e in CheckRange(window.RangeFrom, window.RangeTo, window.RangeStep)) yield return e;
    }

    private static IEnumerable<ProblemError> CheckRange(double from, double to, double step)
    {
        if (!Domain.SelfService.RateChoiceWindow.IsRate(from)) yield return new("offeredRange.from", $"must be above 0 and at most 100, was {from}");
        if (to < from || to > 100 || double.IsNaN(to)) yield return new("offeredRange.to", $"must be from `from` ({from}) to 100, was {to}");
        if (step <= 0 || double.IsNaN(step)) yield return new("offeredRange.step", $"must be above 0, was {step}");
        else if ((to - from) / step > Domain.SelfService.RateChoiceWindow.MaxOfferedRates) yield return new("offeredRange.step", $"makes more than {Domain.SelfService.RateChoiceWindow.MaxOfferedRates} rates");
    }

    private static IReadOnlyList<ProblemError> CheckWishWindow(WishWindowDto window) => Checked(WishWindowFields(window), () => Window(window));

    private static IEnumerable<ProblemError> WishWindowFields(WishWindowDto window)
    {
        var id = IdOf(window.Name);
        if (ParseDate(id) is null) yield return new("name", $"must be units/{{unit}}/wishWindows/{{start}}, the period's first day yyyy-MM-dd, was '{window.Name}'");
        if (window.Period is not { } period) yield return new("period", "is required");
        else
        {
            if (period.StartDate != id) yield return new("period.startDate", $"must be the window's id, {id}, was '{period.StartDate}'");
            if (period.Days is not (>= 1 and <= SchedulePeriod.MaxDays)) yield return new("period.days", $"is required, 1 to {SchedulePeriod.MaxDays}");
            if (period.TimeZone is { } zone && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null) yield return new("period.timeZone", $"unknown time zone '{zone}'");
        }

        foreach (var e in CheckDates(window.Opens, window.Closes)) yield return e;
        if (window.MaxMustWishes < 0) yield return new("maxMustWishes", $"must not be negative, was {window.MaxMustWishes}");
    }

    /// <summary>The fields' errors; with none, the domain's own reading of the item (its refusal on the whole item), so the two cannot disagree.</summary>
    private static IReadOnlyList<ProblemError> Checked(IEnumerable<ProblemError> fields, Func<object> read)
    {
        var check = new FieldChecks();
        foreach (var error in fields) check.Add(error.Field, error.Reason);
        check.Construct("", () => _ = read());
        return check.Errors;
    }
}
