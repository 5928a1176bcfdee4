using NodaTime;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Storage;
using Scheduling.Domain;

namespace Scheduling.Api.Application.Windows;

/// <summary>
/// Whether a unit's rate choice or wish window is open today, in the unit's time zone (both ends inclusive), which one
/// to show, and the rates one offers. "Today" is the service's <see cref="IClock"/>. Setting and reading the windows
/// themselves are the standard methods over the stored resources (the service's <c>WindowService</c>).
/// </summary>
public sealed class SelfServiceWindows(UnitRepository units, IClock clock)
{
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

    /// <summary>Of several windows, the one to show: the open one, else the next to open, else the last to have opened.</summary>
    public static T? Relevant<T>(IReadOnlyCollection<T> windows, LocalDate today, Func<T, string> opens, Func<T, bool> isOpen) where T : class =>
        windows.FirstOrDefault(isOpen)
        ?? windows.Where(w => SelfServiceKinds.ParseDate(opens(w)) is { } d && d > today).OrderBy(opens, StringComparer.Ordinal).FirstOrDefault()
        ?? windows.OrderBy(opens, StringComparer.Ordinal).LastOrDefault();

    /// <summary>The rates a window offers, ascending: its list, or every <c>Step</c> from <c>From</c> to <c>To</c> when it gives a range.</summary>
    public static IReadOnlyList<double> Offered(IEnumerable<double> rates, (double From, double To, double Step)? offeredRange)
    {
        if (offeredRange is not { } range) return [.. rates.Order()];
        var offered = new List<double>();
        for (var i = 0; i <= SelfServiceKinds.MaxOfferedRates; i++)
        {
            var rate = Math.Round(range.From + (i * range.Step), 6);
            if (rate > range.To + 1e-9) break;
            offered.Add(rate);
        }

        return offered;
    }

    /// <summary>The window as the message of a FAILED_PRECONDITION: its dates, and whether it was closed early.</summary>
    public static string Describe(string what, string opens, string closes, bool closed) =>
        $"{what} is open from {opens} to {closes} (both days included){(closed ? ", but a manager closed it" : "")}";

    public static Exception NotOpen(string name, string what, string opens, string closes, bool closed, LocalDate today) =>
        ApiErrors.FailedPrecondition($"{Describe(what, opens, closes, closed)}; today is {today:uuuu-MM-dd}",
            [new ProblemError(name, $"open {opens} to {closes}{(closed ? ", closed early" : "")}")], "WINDOW");
}
