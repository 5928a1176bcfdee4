using System.Globalization;
using NodaTime;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Application.Windows;
using Scheduling.Api.Auth;
using Scheduling.Api.Storage;
using Scheduling.Domain;
using Scheduling.Domain.Files;
using Scheduling.Domain.SelfService;

namespace Scheduling.Api.Application.SelfService;

/// <summary>
/// The rate an employee chooses for a year (sysselsättningsgrad) while their unit's window for it is open, read and
/// written as the domain's <see cref="RateChoice"/> and <see cref="RateChoiceWindow"/> (the unit's data read through
/// <see cref="UnitRepository"/>). The employee is always the caller's (<see cref="Caller.EmployeeName"/>).
/// </summary>
public sealed class OwnRates(UnitRepository units, SelfServiceWindows windows, IClock clock)
{
    public async Task<OwnRate> GetMyRateAsync(Caller me, CancellationToken cancellation)
    {
        var employee = await MeAsync(me, cancellation).ConfigureAwait(false);
        var today = await windows.TodayAsync(me.Unit!, cancellation).ConfigureAwait(false);
        var window = SelfServiceWindows.Relevant(await RateWindowsAsync(me.Unit!, cancellation).ConfigureAwait(false), today, w => w.Window.Dates);
        var chosen = RateChoice.LatestByYear(await MyChoicesAsync(me, cancellation).ConfigureAwait(false)).Values.OrderBy(c => c.Year).ToList();
        return new OwnRate(
            me.EmployeeName!, (double?)employee.EmploymentRate, employee.FullTimeWeeklyMinutes ?? RotaTypes.Default, chosen,
            window?.Stored, window is not null && window.Window.Dates.IsOpen(today), window?.Window.Offered() ?? []);
    }

    /// <summary>Chooses one of the rates the open window offers, for the window's year; the choice is kept, never changed.</summary>
    public async Task<RateChoice> ChooseMyRateAsync(Caller me, double rate, int year, CancellationToken cancellation)
    {
        await MeAsync(me, cancellation).ConfigureAwait(false);
        var unit = me.Unit!;
        var today = await windows.TodayAsync(unit, cancellation).ConfigureAwait(false);
        var window = OpenWindow(unit, year, await RateWindowsAsync(unit, cancellation).ConfigureAwait(false), today).Window;
        var offered = window.Offered();
        if (!offered.Any(r => Math.Abs(r - rate) < 1e-6))
            throw ApiErrors.InvalidArgument("rate", $"{unit} offers {string.Join(", ", offered.Select(r => r.ToString("0.##", CultureInfo.InvariantCulture)))} % for {window.Year}, not {rate.ToString(CultureInfo.InvariantCulture)}");

        var choice = new RateChoice(
            $"{unit}/{SelfServiceKinds.RateChoice.Collection}/{Guid.CreateVersion7():N}", me.EmployeeId!, window.Year, offered.First(r => Math.Abs(r - rate) < 1e-6), clock.GetCurrentInstant(), me.Subject);
        if (!await units.TryCreateRateChoiceAsync(choice, cancellation).ConfigureAwait(false)) throw ApiErrors.AlreadyExists(choice.Name);
        return choice;
    }

    /// <summary>Every choice the employee made, newest first.</summary>
    public async Task<IReadOnlyList<RateChoice>> ListMyRateChoicesAsync(Caller me, CancellationToken cancellation)
    {
        await MeAsync(me, cancellation).ConfigureAwait(false);
        return [.. (await MyChoicesAsync(me, cancellation).ConfigureAwait(false)).OrderByDescending(c => c.ChooseTime).ThenByDescending(c => c.Name, StringComparer.Ordinal)];
    }

    private Task<EmployeeDto> MeAsync(Caller me, CancellationToken cancellation) => OwnEmployee.ReadAsync(units, me, cancellation);

    private async Task<List<RateChoice>> MyChoicesAsync(Caller me, CancellationToken cancellation) =>
        [.. (await units.RateChoicesAsync(me.Unit!, cancellation).ConfigureAwait(false)).Where(c => c.Employee == me.EmployeeId)];

    /// <summary>
    /// The one rate choice window open today, of <paramref name="year"/> (0: of any year); FAILED_PRECONDITION when none
    /// is (naming the one to show), INVALID_ARGUMENT when windows of several years are and no year was given.
    /// </summary>
    private static RateWindow OpenWindow(string unit, int year, IReadOnlyList<RateWindow> all, LocalDate today)
    {
        var candidates = year == 0 ? all : [.. all.Where(w => w.Window.Year == year)];
        var open = candidates.Where(w => w.Window.Dates.IsOpen(today)).ToList();
        if (open.Count == 0)
        {
            var shown = SelfServiceWindows.Relevant(candidates, today, w => w.Window.Dates)
                ?? throw ApiErrors.FailedPrecondition($"{unit} has no rate choice window{(year == 0 ? "" : $" for {year}")}", [new ProblemError(unit, "no rate choice window")], "WINDOW");
            throw SelfServiceWindows.NotOpen(shown.Stored.Name, $"the rate choice window for {shown.Window.Year}", shown.Window.Dates, today);
        }

        if (open.Count > 1) throw ApiErrors.InvalidArgument("year", $"the windows for {string.Join(" and ", open.Select(w => w.Window.Year))} are open: say which year");
        return open[0];
    }

    /// <summary>The unit's rate choice windows, each as stored (an answer shows it) and as the domain's.</summary>
    private async Task<List<RateWindow>> RateWindowsAsync(string unit, CancellationToken cancellation) =>
        [.. (await units.RateChoiceWindowsAsync(unit, cancellation).ConfigureAwait(false)).Select(w => new RateWindow(w, SelfServiceKinds.Window(w.Item)))];

    /// <summary>A rate choice window as stored and as the domain's (its dates and rates).</summary>
    private sealed record RateWindow(StoredWindow<RateChoiceWindowDto> Stored, RateChoiceWindow Window);
}
