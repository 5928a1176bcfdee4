using NodaTime;
using Scheduling.Api.Application.Review;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Application.Windows;
using Scheduling.Api.Auth;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using Scheduling.Domain;

namespace Scheduling.Api.Application.SelfService;

/// <summary>
/// An employee's own rows of a published roster, the outcomes of their wishes in it and what granting one would cost
/// (their rate is <see cref="OwnRates"/>, their wishes <see cref="OwnWishes"/>). The employee is always the caller's (<see cref="Caller.EmployeeName"/>); something of another
/// employee's, or of another unit, is refused exactly as something that does not exist.
/// </summary>
public sealed class OwnData(OwnWishes wishes, UnitRepository units, SelfServiceWindows windows, ISchedulingStore store, RosterReports reports, WishPrices prices)
{
    private static ApiException Denied() => ApiErrors.PermissionDenied(AccessPolicy.DeniedMessage);

    private Task<Domain.Files.EmployeeDto> MeAsync(Caller me, CancellationToken cancellation) => OwnEmployee.ReadAsync(units, me, cancellation);

    public async Task<MyRoster> GetMyRosterAsync(Caller me, string rosterName, string periodStart, CancellationToken cancellation)
    {
        var roster = await PublishedAsync(me, rosterName, periodStart, cancellation).ConfigureAwait(false);
        var mine = new MyRoster
        {
            Roster = roster.Name,
            Period = roster.Period,
            Assignments = { roster.Assignments.Where(a => a.Employee == me.EmployeeId) },
            Hours = roster.Hours.FirstOrDefault(h => h.Employee == me.EmployeeId),
            CreateTime = roster.CreateTime,
        };
        return mine;
    }

    /// <summary>
    /// The employee's wish and preference outcomes in a published roster, the reasons in <paramref name="language"/> as
    /// the employee sees them (<see cref="RosterReports.OwnOutcomesAsync"/>: colleagues counted, not named; kept per roster version).
    /// </summary>
    public async Task<MyWishOutcomes> GetMyWishOutcomesAsync(Caller me, string rosterName, string periodStart, string language, CancellationToken cancellation)
    {
        var reportLanguage = ProblemMapping.Language(language);
        var roster = await PublishedAsync(me, rosterName, periodStart, cancellation).ConfigureAwait(false);
        var (wishes, preferences) = await reports.OwnOutcomesAsync(Mapping.RosterMapping.ToDomain(roster, roster.Etag), reportLanguage, me.EmployeeId!, cancellation).ConfigureAwait(false);
        return new MyWishOutcomes
        {
            Roster = roster.Name,
            Outcomes = { wishes.Select(w => Mapping.ReportMapping.ToProto(w, own: true)) },
            Preferences = { preferences.Select(Mapping.ReportMapping.ToProto) },
            Language = Domain.Reporting.ReportLanguages.Code(reportLanguage),
        };
    }

    /// <summary>What granting one of the employee's own wishes would cost against the published roster of its period (or the one named).</summary>
    public async Task<WishCost> GetMyWishCostAsync(Caller me, string wish, string rosterName, Google.Protobuf.WellKnownTypes.Duration? timeLimit, CancellationToken cancellation)
    {
        var stored = await wishes.GetMyWishAsync(me, wish, cancellation).ConfigureAwait(false);
        if (stored.Kind == Domain.SelfService.EmployeeWishKind.Unavailable)
            throw ApiErrors.InvalidArgument("wish", "an unavailable day is a hard rule, not a wish to price");
        var roster = await PublishedAsync(me, rosterName, rosterName.Length > 0 ? "" : ProblemMapping.Date(stored.PeriodStart), cancellation).ConfigureAwait(false);
        var spec = new WishSpec
        {
            Employee = stored.Employee,
            Date = ProblemMapping.Date(stored.Date),
            Kind = stored.Kind switch { Domain.SelfService.EmployeeWishKind.ShiftOn => V1.WishKind.ShiftOn, Domain.SelfService.EmployeeWishKind.ShiftOff => V1.WishKind.ShiftOff, _ => V1.WishKind.DayOff },
            Weight = WishPriorities.Weight(stored.Priority),
        };
        if (stored.Shift.Length > 0) spec.Shift = stored.Shift;
        var query = new WishQuery(spec.Employee, spec.Date, Mapping.WishCostMapping.ToDomain(spec.Kind), spec.Shift, spec.Weight);
        var priced = await prices.PriceAsync(Mapping.RosterMapping.ToDomain(roster, roster.Etag), query, Mapping.JobMapping.TimeLimit(timeLimit), cancellation, inProblemOnly: true).ConfigureAwait(false);
        return Mapping.WishCostMapping.ToProto(roster.Name, spec, priced.Cost, priced.TimeLimit, priced.Elapsed);
    }

    /// <summary>
    /// A published roster of the caller's unit (never a proposal): the one named (published or superseded), or
    /// the one of the period starting on <paramref name="periodStart"/>, or else the one whose period holds today,
    /// else the next to start, else the last. NOT_FOUND when there is none.
    /// </summary>
    private async Task<V1.Roster> PublishedAsync(Caller me, string name, string periodStart, CancellationToken cancellation)
    {
        await MeAsync(me, cancellation).ConfigureAwait(false);
        var unit = me.Unit!;
        if (name.Length > 0) return await NamedAsync(unit, name, cancellation).ConfigureAwait(false);
        var chosen = await ChosenAsync(unit, periodStart, cancellation).ConfigureAwait(false);
        return await store.GetRosterMessageAsync(chosen.Name, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(chosen.Name);
    }

    /// <summary>The roster named, published or superseded, of the caller's unit; another unit's is refused as one that does not exist.</summary>
    private async Task<V1.Roster> NamedAsync(string unit, string name, CancellationToken cancellation)
    {
        RosterVersions.CheckName(name, "roster");
        var named = await store.GetRosterMessageAsync(name, cancellation).ConfigureAwait(false);
        if (named is null || named.Unit != unit) throw Denied();
        return named.State is RosterState.Published or RosterState.Superseded ? named
            : throw ApiErrors.NotFound(name, $"{name} is not published: employees see a roster once their manager publishes it");
    }

    /// <summary>The unit's published roster of the period starting on <paramref name="periodStart"/>, or (without one) the one to show today.</summary>
    private async Task<PublishedRoster> ChosenAsync(string unit, string periodStart, CancellationToken cancellation)
    {
        LocalDate? start = null;
        if (periodStart.Length > 0)
            start = SelfServiceKinds.ParseDate(periodStart) ?? throw ApiErrors.InvalidArgument("periodStart", $"must be a date, yyyy-MM-dd, was '{periodStart}'");
        // The unit's published rosters only (of the period, when one is asked for), never its proposals and old versions.
        var published = await store.ListPublishedRostersAsync(unit, start is { } first ? ProblemMapping.Date(first) : null, cancellation).ConfigureAwait(false);
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
