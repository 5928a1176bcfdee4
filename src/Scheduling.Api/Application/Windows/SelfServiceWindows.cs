using NodaTime;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Storage;
using Scheduling.Domain;
using Scheduling.Domain.SelfService;

namespace Scheduling.Api.Application.Windows;

/// <summary>
/// Today where a unit is, which of its rate choice or wish windows (the domain's <see cref="WindowDates"/>) to show,
/// and the answer when one does not take answers today (both ends inclusive). "Today" is the service's <see cref="IClock"/>. Setting and reading the windows
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

    /// <summary>Of several windows, the one to show: the open one, else the next to open, else the last to have opened.</summary>
    public static T? Relevant<T>(IReadOnlyCollection<T> windows, LocalDate today, Func<T, WindowDates> dates) where T : class =>
        windows.FirstOrDefault(w => dates(w).IsOpen(today))
        ?? windows.Where(w => dates(w).Opens > today).OrderBy(w => dates(w).Opens).FirstOrDefault()
        ?? windows.OrderBy(w => dates(w).Opens).LastOrDefault();

    /// <summary>The window as the message of a FAILED_PRECONDITION: its dates, and whether it was closed early.</summary>
    public static string Describe(string what, WindowDates dates) =>
        $"{what} is open from {dates.Opens:uuuu-MM-dd} to {dates.Closes:uuuu-MM-dd} (both days included){(dates.Closed ? ", but a manager closed it" : "")}";

    /// <summary>FAILED_PRECONDITION on the window <paramref name="name"/>: it does not take answers <paramref name="today"/>.</summary>
    public static Exception NotOpen(string name, string what, WindowDates dates, LocalDate today) =>
        ApiErrors.FailedPrecondition($"{Describe(what, dates)}; today is {today:uuuu-MM-dd}",
            [new ProblemError(name, $"open {dates.Opens:uuuu-MM-dd} to {dates.Closes:uuuu-MM-dd}{(dates.Closed ? ", closed early" : "")}")], "WINDOW");
}
