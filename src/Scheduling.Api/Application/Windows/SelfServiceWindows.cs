using NodaTime;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using Scheduling.Domain;

namespace Scheduling.Api.Application.Windows;

/// <summary>
/// A unit's rate choice and wish windows: setting them (managers) and whether one is open today, in the
/// unit's time zone (both ends inclusive). "Today" is the service's <see cref="IClock"/>.
/// </summary>
public sealed class SelfServiceWindows(Resources resources, UnitRepository units, IClock clock)
{
    public Task<RateChoiceWindow> SetRateChoiceWindowAsync(RateChoiceWindow? window, CancellationToken cancellation) =>
        resources.PutAsync(window, SelfServiceKinds.RateChoiceWindow, cancellation);

    public Task<WishWindow> SetWishWindowAsync(WishWindow? window, CancellationToken cancellation)
    {
        if (window is { Period: { StartDate.Length: 0 } period })
        {
            window = window.Clone();
            window.Period.StartDate = window.Name[(window.Name.LastIndexOf('/') + 1)..];
        }

        return resources.PutAsync(window, SelfServiceKinds.WishWindow, cancellation);
    }

    public async Task<V1.Windows> GetAsync(string unit, CancellationToken cancellation)
    {
        await resources.GetAsync<V1.Unit>(unit, ResourceKinds.Unit, cancellation).ConfigureAwait(false);
        return new V1.Windows
        {
            RateChoiceWindows = { await resources.AllAsync<RateChoiceWindow>(unit, SelfServiceKinds.RateChoiceWindow, cancellation).ConfigureAwait(false) },
            WishWindows = { await resources.AllAsync<WishWindow>(unit, SelfServiceKinds.WishWindow, cancellation).ConfigureAwait(false) },
        };
    }

    /// <summary>Today's date where the unit is.</summary>
    public async Task<LocalDate> TodayAsync(string unit, CancellationToken cancellation)
    {
        Resources.ParseName(unit, ResourceKinds.Unit);
        var record = await units.GetUnitAsync(unit, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(unit);
        var zone = (record.TimeZone.Length > 0 ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(record.TimeZone) : null) ?? DateTimeZoneProviders.Tzdb["Europe/Stockholm"];
        return clock.GetCurrentInstant().InZone(zone).Date;
    }

    public static bool IsOpen(string opens, string closes, bool closed, LocalDate today) =>
        !closed && SelfServiceKinds.ParseDate(opens) is { } from && SelfServiceKinds.ParseDate(closes) is { } to && from <= today && today <= to;

    public static bool IsOpen(RateChoiceWindow w, LocalDate today) => IsOpen(w.Opens, w.Closes, w.Closed, today);

    public static bool IsOpen(WishWindow w, LocalDate today) => IsOpen(w.Opens, w.Closes, w.Closed, today);

    /// <summary>Of several windows, the one to show: the open one, else the next to open, else the last to have opened.</summary>
    public static T? Relevant<T>(IReadOnlyCollection<T> windows, LocalDate today, Func<T, string> opens, Func<T, bool> isOpen) where T : class =>
        windows.FirstOrDefault(isOpen)
        ?? windows.Where(w => SelfServiceKinds.ParseDate(opens(w)) is { } d && d > today).OrderBy(opens, StringComparer.Ordinal).FirstOrDefault()
        ?? windows.OrderBy(opens, StringComparer.Ordinal).LastOrDefault();

    /// <summary>The rates a window offers, ascending.</summary>
    public static IReadOnlyList<double> Offered(RateChoiceWindow window)
    {
        if (window.OfferedRange is not { } range) return [.. window.OfferedRates.Order()];
        var rates = new List<double>();
        for (var i = 0; i <= SelfServiceKinds.MaxOfferedRates; i++)
        {
            var rate = Math.Round(range.From + (i * range.Step), 6);
            if (rate > range.To + 1e-9) break;
            rates.Add(rate);
        }

        return rates;
    }

    /// <summary>The window as the message of a FAILED_PRECONDITION: its dates, and whether it was closed early.</summary>
    public static string Describe(string what, string opens, string closes, bool closed) =>
        $"{what} is open from {opens} to {closes} (both days included){(closed ? ", but a manager closed it" : "")}";

    public static Exception NotOpen(string name, string what, string opens, string closes, bool closed, LocalDate today) =>
        ApiErrors.FailedPrecondition($"{Describe(what, opens, closes, closed)}; today is {today:uuuu-MM-dd}",
            [new ProblemError(name, $"open {opens} to {closes}{(closed ? ", closed early" : "")}")], "WINDOW");
}
