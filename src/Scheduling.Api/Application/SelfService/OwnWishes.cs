using NodaTime;
using NodaTime.Text;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Application.Windows;
using Scheduling.Api.Auth;
using Scheduling.Api.Storage;
using Scheduling.Domain;
using Scheduling.Domain.Files;
using Scheduling.Domain.SelfService;

namespace Scheduling.Api.Application.SelfService;

/// <summary>
/// An employee's own wishes for a period and standing preferences, while the unit's wish window for the period is open,
/// read and written as the domain's <see cref="EmployeeWish"/> and <see cref="StandingPreferenceDto"/> through
/// <see cref="UnitRepository"/>. The employee is always the caller's (<see cref="Caller.EmployeeName"/>); a wish of
/// another employee's, or of another unit, is refused exactly as one that does not exist.
/// </summary>
public sealed class OwnWishes(Resources resources, UnitRepository units, SelfServiceWindows windows, IClock clock, Microsoft.Extensions.Options.IOptions<SchedulingOptions> options)
{
    private static ApiException Denied() => ApiErrors.PermissionDenied(AccessPolicy.DeniedMessage);

    private Task<EmployeeDto> MeAsync(Caller me, CancellationToken cancellation) => OwnEmployee.ReadAsync(units, me, cancellation);

    /// <summary>
    /// Adds the employee's wishes for a period (or replaces theirs), and standing preferences. A wish is one (date, kind,
    /// shift): the same one twice in a request, or one the employee already has (when adding), is INVALID_ARGUMENT naming
    /// it; so is more than <see cref="SchedulingOptions.MaxWishesPerPeriod"/> wishes in the period, or more MUST items than
    /// the window allows. The limits are checked against the stored wishes in the transaction that writes the new ones and
    /// deletes the replaced ones, so concurrent submits cannot pass them together. <paramref name="periodStart"/> may be
    /// empty when one window of the unit is open.
    /// </summary>
    public async Task<OwnWishList> SubmitMyWishesAsync(
        Caller me, string periodStart, IReadOnlyList<SubmittedWish> wishes, IReadOnlyList<StandingPreferenceDto> preferences, bool replace, CancellationToken cancellation)
    {
        await MeAsync(me, cancellation).ConfigureAwait(false);
        var unit = me.Unit!;
        var window = (await OpenWindowAsync(unit, periodStart, cancellation).ConfigureAwait(false)).Window;
        var (maxWishes, maxPreferences) = (options.Value.MaxWishesPerPeriod, options.Value.MaxStandingPreferences);
        RefuseOverCaps(wishes.Count, preferences.Count, unit, maxWishes, maxPreferences);
        var submission = new WishSubmission(unit, replace, wishes, preferences, maxWishes, WishPriorities.MaxMust(window), maxPreferences);
        var templates = (await units.ShiftTemplatesAsync(unit, cancellation).ConfigureAwait(false)).Select(t => t.Code ?? "").ToHashSet(StringComparer.Ordinal);
        var errors = WishChecks.Submitted(wishes, preferences, window, templates);

        // Checked first against a plain read, so one answer lists every problem; then again where it counts, in the write's transaction.
        var mine = await MyWishesAsync(me, cancellation).ConfigureAwait(false);
        errors.AddRange(submission.Limits([.. mine.Wishes.Where(w => w.PeriodStart == window.PeriodStart)], mine.Preferences));
        if (errors.Count > 0) throw ApiErrors.InvalidArgument(errors);
        await WriteAsync(submission, me, window.PeriodStart, cancellation).ConfigureAwait(false);
        return await ListMyWishesAsync(me, LocalDatePattern.Iso.Format(window.PeriodStart), cancellation).ConfigureAwait(false);
    }

    /// <summary>Over a cap the request is refused as a whole, before its items are looked at one by one.</summary>
    private static void RefuseOverCaps(int wishes, int preferences, string unit, int maxWishes, int maxPreferences)
    {
        if (wishes > maxWishes)
            throw ApiErrors.InvalidArgument("wishes", $"at most {maxWishes} wishes per employee per period in {unit}; this request has {wishes}");
        if (preferences > maxPreferences)
            throw ApiErrors.InvalidArgument("preferences", $"at most {maxPreferences} standing preferences per employee; this request has {preferences}");
    }

    /// <summary>
    /// Writes a submission: the employee's stored wishes of the period and preferences read, the limits checked again,
    /// the new ones created (named, theirs, stamped now) and (with replace) the earlier ones deleted, in one transaction.
    /// </summary>
    private Task WriteAsync(WishSubmission submission, Caller me, LocalDate periodStart, CancellationToken cancellation)
    {
        var now = clock.GetCurrentInstant();
        return units.ChangeEmployeeWishesAsync(submission.Unit, (storedWishes, storedPreferences) =>
        {
            var earlier = storedWishes.Where(w => w.Employee == me.EmployeeId && w.PeriodStart == periodStart).ToList();
            var earlierPreferences = storedPreferences.Where(p => p.Employee == me.EmployeeId).ToList();
            if (submission.Limits(earlier, earlierPreferences) is { Count: > 0 } problems) throw ApiErrors.InvalidArgument(problems);
            return ([.. submission.Wishes.Select(w => Stored(w, me, periodStart, now))], [.. submission.Preferences.Select(p => Stored(p, me, now))], submission.Replaced(earlier, earlierPreferences));
        }, cancellation);
    }

    /// <summary>A submitted (and checked) wish as stored: a new name, the employee's, for the window's period, an unavailable day always MUST.</summary>
    private static EmployeeWish Stored(SubmittedWish wish, Caller me, LocalDate periodStart, Instant now) => new(
        NewName(me, SelfServiceKinds.EmployeeWish), me.EmployeeId!, LocalDatePattern.Iso.Parse(wish.Date).Value, wish.Kind!.Value, wish.Shift,
        wish.Kind == EmployeeWishKind.Unavailable ? WishPriority.Must : wish.Priority ?? WishPriority.Normal, periodStart, now);

    /// <summary>A submitted (and checked) standing preference as stored: a new name, the employee's, weighed by its priority only.</summary>
    private static StandingPreferenceDto Stored(StandingPreferenceDto preference, Caller me, Instant now) =>
        preference with { Name = NewName(me, SelfServiceKinds.StandingPreference), Employee = me.EmployeeId!, Weight = null, Priority = preference.Priority ?? WishPriority.Normal, UpdateTime = now };

    private static string NewName(Caller me, ResourceKind kind) => $"{me.Unit}/{kind.Collection}/{Guid.CreateVersion7():N}";

    /// <summary>The wish window to submit to: the one starting on <paramref name="periodStart"/>, or the only open one; FAILED_PRECONDITION when it is not open.</summary>
    private async Task<WishWindowRead> OpenWindowAsync(string unit, string periodStart, CancellationToken cancellation)
    {
        var today = await windows.TodayAsync(unit, cancellation).ConfigureAwait(false);
        var all = await WindowsAsync(unit, cancellation).ConfigureAwait(false);
        var window = periodStart.Length > 0 ? WindowOf(unit, periodStart, all) : OpenOrShownWindow(unit, all, today);
        if (!window.Window.Dates.IsOpen(today))
            throw SelfServiceWindows.NotOpen(window.Name, $"the wish window for the period starting {LocalDatePattern.Iso.Format(window.Window.PeriodStart)}", window.Window.Dates, today);
        return window;
    }

    /// <summary>The wish window of the period starting on <paramref name="periodStart"/>; FAILED_PRECONDITION when the unit has none.</summary>
    private static WishWindowRead WindowOf(string unit, string periodStart, IReadOnlyList<WishWindowRead> all)
    {
        if (SelfServiceKinds.ParseDate(periodStart) is not { } start) throw ApiErrors.InvalidArgument("periodStart", $"must be a date, yyyy-MM-dd, was '{periodStart}'");
        return all.FirstOrDefault(w => w.Window.PeriodStart == start)
            ?? throw ApiErrors.FailedPrecondition($"{unit} takes no wishes for a period starting {periodStart}", [new ProblemError("periodStart", "no wish window for this period")], "WINDOW");
    }

    /// <summary>The one wish window open today, else the one to show; INVALID_ARGUMENT when several are open.</summary>
    private static WishWindowRead OpenOrShownWindow(string unit, IReadOnlyList<WishWindowRead> all, LocalDate today)
    {
        var open = all.Where(w => w.Window.Dates.IsOpen(today)).ToList();
        if (open.Count > 1) throw ApiErrors.InvalidArgument("periodStart", $"wishes are open for the periods starting {string.Join(" and ", open.Select(w => LocalDatePattern.Iso.Format(w.Window.PeriodStart)))}: say which");
        return open.FirstOrDefault() ?? SelfServiceWindows.Relevant(all, today, w => w.Window.Dates)
            ?? throw ApiErrors.FailedPrecondition($"{unit} has no wish window", [new ProblemError(unit, "no wish window")], "WINDOW");
    }

    /// <summary>The unit's wish windows, each with its name.</summary>
    private async Task<List<WishWindowRead>> WindowsAsync(string unit, CancellationToken cancellation) =>
        [.. (await units.WishWindowsAsync(unit, cancellation).ConfigureAwait(false)).Select(w => new WishWindowRead(w.Name, SelfServiceKinds.Window(w.Item)))];

    /// <summary>A wish window's name and the window as the domain's (its period, dates and MUST limit).</summary>
    private sealed record WishWindowRead(string Name, WishWindow Window);

    private async Task<OwnWishList> MyWishesAsync(Caller me, CancellationToken cancellation) => new(
        [.. (await units.EmployeeWishesAsync(me.Unit!, cancellation).ConfigureAwait(false)).Where(w => w.Employee == me.EmployeeId).OrderBy(w => w.Date)],
        [.. (await units.StandingPreferencesAsync(me.Unit!, cancellation).ConfigureAwait(false)).Where(p => p.Employee == me.EmployeeId)]);

    /// <summary>The employee's wishes (only those of the period starting on <paramref name="periodStart"/>, when given) and standing preferences.</summary>
    public async Task<OwnWishList> ListMyWishesAsync(Caller me, string periodStart, CancellationToken cancellation)
    {
        await MeAsync(me, cancellation).ConfigureAwait(false);
        var mine = await MyWishesAsync(me, cancellation).ConfigureAwait(false);
        return periodStart.Length == 0 ? mine : mine with { Wishes = [.. mine.Wishes.Where(w => LocalDatePattern.Iso.Format(w.PeriodStart) == periodStart)] };
    }

    /// <summary>
    /// One of the caller's own wishes by id or name; another's, or one that does not exist, is PERMISSION_DENIED
    /// alike, so nothing tells them apart.
    /// </summary>
    public async Task<EmployeeWish> GetMyWishAsync(Caller me, string wish, CancellationToken cancellation)
    {
        await MeAsync(me, cancellation).ConfigureAwait(false);
        var id = wish[(wish.LastIndexOf('/') + 1)..];
        if (!ResourceIds.IsValid(id)) throw ApiErrors.InvalidArgument("wish", $"must be a wish id or units/{{unit}}/employeeWishes/{{wish}}, was '{wish}'");
        var name = $"{me.Unit}/{SelfServiceKinds.EmployeeWish.Collection}/{id}";
        if (wish.Contains('/', StringComparison.Ordinal) && wish != name) throw Denied();
        var stored = await units.GetEmployeeWishAsync(name, cancellation).ConfigureAwait(false);
        return stored is not null && stored.Employee == me.EmployeeId ? stored : throw Denied();
    }

    /// <summary>Deletes one of the caller's own wishes while the window of its period is open.</summary>
    public async Task DeleteMyWishAsync(Caller me, string wish, CancellationToken cancellation)
    {
        var stored = await GetMyWishAsync(me, wish, cancellation).ConfigureAwait(false);
        await OpenWindowAsync(me.Unit!, LocalDatePattern.Iso.Format(stored.PeriodStart), cancellation).ConfigureAwait(false);
        await resources.DeleteAsync(stored.Name, SelfServiceKinds.EmployeeWish, force: false, cancellation).ConfigureAwait(false);
    }
}
