using NodaTime;
using Scheduling.Api.Application.Review;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Application.Windows;
using Scheduling.Api.Auth;
using Scheduling.Api.Storage;
using Scheduling.Domain;
using Scheduling.Domain.Reporting;
using Scheduling.Domain.Review;
using Scheduling.Domain.SelfService;

namespace Scheduling.Api.Application.SelfService;

/// <summary>
/// An employee's own rows of a published roster, the outcomes of their wishes in it and what granting one would cost
/// (their rate is <see cref="OwnRates"/>, their wishes <see cref="OwnWishes"/>). The employee is always the caller's (<see cref="Caller.EmployeeName"/>); something of another
/// employee's, or of another unit, is refused exactly as something that does not exist.
/// </summary>
public sealed class OwnData(OwnWishes wishes, UnitRepository units, SelfServiceWindows windows, RosterRepository rosters, RosterReports reports, WishPrices prices)
{
    private static ApiException Denied() => ApiErrors.PermissionDenied(AccessPolicy.DeniedMessage);

    private Task<Domain.Files.EmployeeDto> MeAsync(Caller me, CancellationToken cancellation) => OwnEmployee.ReadAsync(units, me, cancellation);

    /// <summary>The caller's rows of a published roster (see <see cref="OwnRoster"/>).</summary>
    public async Task<OwnRoster> GetMyRosterAsync(Caller me, string rosterName, string periodStart, CancellationToken cancellation)
    {
        var (roster, report) = await PublishedAsync(me, rosterName, periodStart, cancellation).ConfigureAwait(false);
        var employee = new EmployeeId(me.EmployeeId!);
        var own = roster with { Assignments = new Roster([.. roster.Assignments.Assignments.Where(a => a.Employee == employee)]), Pins = [] };
        var (hours, fairness) = report.Hours.FirstOrDefault(h => h.Hours.Employee == employee);
        return new OwnRoster(own, hours, fairness);
    }

    /// <summary>
    /// The employee's wish and preference outcomes in a published roster, the reasons in <paramref name="language"/> as
    /// the employee sees them (<see cref="RosterReports.OwnOutcomesAsync"/>: colleagues counted, not named; kept per roster version).
    /// </summary>
    public async Task<OwnOutcomes> GetMyWishOutcomesAsync(Caller me, string rosterName, string periodStart, string language, CancellationToken cancellation)
    {
        var reportLanguage = ProblemMapping.Language(language);
        var (roster, _) = await PublishedAsync(me, rosterName, periodStart, cancellation).ConfigureAwait(false);
        var (wishOutcomes, preferences) = await reports.OwnOutcomesAsync(roster, reportLanguage, me.EmployeeId!, cancellation).ConfigureAwait(false);
        return new OwnOutcomes(roster.Name, wishOutcomes, preferences, reportLanguage);
    }

    /// <summary>What granting one of the employee's own wishes would cost against the published roster of its period (or the one named).</summary>
    public async Task<OwnWishCost> GetMyWishCostAsync(Caller me, string wish, string rosterName, TimeSpan? timeLimit, CancellationToken cancellation)
    {
        var stored = await wishes.GetMyWishAsync(me, wish, cancellation).ConfigureAwait(false);
        if (stored.Kind == EmployeeWishKind.Unavailable)
            throw ApiErrors.InvalidArgument("wish", "an unavailable day is a hard rule, not a wish to price");
        var (roster, _) = await PublishedAsync(me, rosterName, rosterName.Length > 0 ? "" : ProblemMapping.Date(stored.PeriodStart), cancellation).ConfigureAwait(false);
        var kind = stored.Kind switch { EmployeeWishKind.ShiftOn => WishKind.ShiftOn, EmployeeWishKind.ShiftOff => WishKind.ShiftOff, _ => WishKind.DayOff };
        var query = new WishQuery(stored.Employee, ProblemMapping.Date(stored.Date), kind, stored.Shift, WishPriorities.Weight(stored.Priority));
        var priced = await prices.PriceAsync(roster, query, timeLimit, cancellation, inProblemOnly: true).ConfigureAwait(false);
        return new OwnWishCost(roster.Name, query, priced);
    }

    /// <summary>
    /// A published roster of the caller's unit (never a proposal) with its stored report: the one named (published or
    /// superseded), or the one of the period starting on <paramref name="periodStart"/>, or else the one whose period
    /// holds today, else the next to start, else the last. NOT_FOUND when there is none.
    /// </summary>
    private async Task<(RosterVersion Roster, StoredReport Report)> PublishedAsync(Caller me, string name, string periodStart, CancellationToken cancellation)
    {
        await MeAsync(me, cancellation).ConfigureAwait(false);
        var unit = me.Unit!;
        if (name.Length > 0) return await NamedAsync(unit, name, cancellation).ConfigureAwait(false);
        var chosen = await ChosenAsync(unit, periodStart, cancellation).ConfigureAwait(false);
        return await rosters.GetWithReportAsync(chosen.Name, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(chosen.Name);
    }

    /// <summary>The roster named, published or superseded, of the caller's unit; another unit's is refused as one that does not exist.</summary>
    private async Task<(RosterVersion Roster, StoredReport Report)> NamedAsync(string unit, string name, CancellationToken cancellation)
    {
        RosterVersions.CheckName(name, "roster");
        if (await rosters.GetWithReportAsync(name, cancellation).ConfigureAwait(false) is not { } named || named.Version.Unit != unit) throw Denied();
        return named.Version.State is ReviewState.Published or ReviewState.Superseded ? named
            : throw ApiErrors.NotFound(name, $"{name} is not published: employees see a roster once their manager publishes it");
    }

    /// <summary>The unit's published roster of the period starting on <paramref name="periodStart"/>, or (without one) the one to show today.</summary>
    private async Task<PublishedRoster> ChosenAsync(string unit, string periodStart, CancellationToken cancellation)
    {
        LocalDate? start = null;
        if (periodStart.Length > 0)
            start = SelfServiceKinds.ParseDate(periodStart) ?? throw ApiErrors.InvalidArgument("periodStart", $"must be a date, yyyy-MM-dd, was '{periodStart}'");
        // The unit's published rosters only (of the period, when one is asked for), never its proposals and old versions.
        var published = await rosters.ListPublishedAsync(unit, start, cancellation).ConfigureAwait(false);
        if (start is { } s)
            return published.Where(p => p.PeriodStart == s).OrderBy(p => p.PublishTime).LastOrDefault()
                ?? throw ApiErrors.NotFound(unit, $"no roster of {unit} is published for the period starting {periodStart}");
        var today = await windows.TodayAsync(unit, cancellation).ConfigureAwait(false);
        return published.Where(p => p.Covers(today)).OrderBy(p => p.PeriodStart).LastOrDefault()
            ?? published.Where(p => p.PeriodStart > today).OrderBy(p => p.PeriodStart).FirstOrDefault()
            ?? published.OrderBy(p => p.PeriodStart).LastOrDefault()
            ?? throw ApiErrors.NotFound(unit, $"no roster of {unit} is published yet: employees see a roster once their manager publishes it");
    }
}
