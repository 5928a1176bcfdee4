using Google.Protobuf.WellKnownTypes;
using NodaTime;
using Scheduling.Api.Application.Review;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Application.Windows;
using Scheduling.Api.Auth;
using Scheduling.Api.Mapping;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using Scheduling.Domain;

namespace Scheduling.Api.Application.SelfService;

/// <summary>
/// An employee's own data: their wishes for a period, their rows of a roster (the rate they choose is
/// <see cref="OwnRates"/>). The employee is always the caller's (<see cref="Caller.EmployeeName"/>); something of another
/// employee's, or of another unit, is refused exactly as something that does not exist.
/// </summary>
public sealed class OwnData(Resources resources, UnitRepository units, SelfServiceWindows windows, ISchedulingStore store, RosterReports reports, WishPrices prices, Microsoft.Extensions.Options.IOptions<SchedulingOptions> options)
{
    private static ApiException Denied() => ApiErrors.PermissionDenied(AccessPolicy.DeniedMessage);

    private Task<Domain.Files.EmployeeDto> MeAsync(Caller me, CancellationToken cancellation) => OwnEmployee.ReadAsync(units, me, cancellation);

    /// <summary>A unit's wish windows, each as stored and as the domain's.</summary>
    private async Task<List<WishWindowRead>> WishWindowsAsync(string unit, CancellationToken cancellation) =>
        [.. (await units.WishWindowsAsync(unit, cancellation).ConfigureAwait(false)).Select(w => new WishWindowRead(w.Name, SelfServiceKinds.Window(w.Item)))];

    /// <summary>A wish window's name and the window as the domain's (its period, dates and MUST limit).</summary>
    private sealed record WishWindowRead(string Name, Domain.SelfService.WishWindow Window);

    /// <summary>
    /// Adds the employee's wishes for a period (or replaces theirs), and standing preferences. A wish is one (date, kind,
    /// shift): the same one twice in a request, or one the employee already has (when adding), is INVALID_ARGUMENT naming
    /// it; so is more than <see cref="SchedulingOptions.MaxWishesPerPeriod"/> wishes in the period, or more MUST items than
    /// the window allows. The limits are checked against the stored wishes in the transaction that writes the new ones and
    /// deletes the replaced ones, so concurrent submits cannot pass them together.
    /// </summary>
    public async Task<MyWishes> SubmitMyWishesAsync(Caller me, SubmitMyWishesRequest request, CancellationToken cancellation)
    {
        await MeAsync(me, cancellation).ConfigureAwait(false);
        var unit = me.Unit!;
        var window = (await OpenWishWindowAsync(unit, request.PeriodStart, cancellation).ConfigureAwait(false)).Window;
        var periodStart = ProblemMapping.Date(window.PeriodStart);
        var (maxWishes, maxPreferences) = (options.Value.MaxWishesPerPeriod, options.Value.MaxStandingPreferences);
        RefuseOverCaps(request, unit, maxWishes, maxPreferences);
        var submission = new WishSubmission(
            unit, request.Replace, [.. request.Wishes.Select(w => StoredWish(w, me, periodStart))], [.. request.Preferences.Select(p => StoredPreference(p, me))],
            maxWishes, WishPriorities.MaxMust(window), maxPreferences);
        var templates = (await units.ShiftTemplatesAsync(unit, cancellation).ConfigureAwait(false)).Select(t => t.Code ?? "").ToHashSet(StringComparer.Ordinal);
        var errors = CheckSubmitted(request, window, templates);

        // Checked first against a plain read, so one answer lists every problem; then again where it counts, in the write's transaction.
        var mine = await MyWishesAsync(me, cancellation).ConfigureAwait(false);
        errors.AddRange(submission.Limits([.. mine.Wishes.Where(w => w.PeriodStart == periodStart)], [.. mine.Preferences]));
        if (errors.Count > 0) throw ApiErrors.InvalidArgument(errors);
        await WriteAsync(submission, me.EmployeeId!, periodStart, cancellation).ConfigureAwait(false);
        return await ListMyWishesAsync(me, periodStart, cancellation).ConfigureAwait(false);
    }

    /// <summary>Over a cap the request is refused as a whole, before its items are looked at one by one.</summary>
    private static void RefuseOverCaps(SubmitMyWishesRequest request, string unit, int maxWishes, int maxPreferences)
    {
        if (request.Wishes.Count > maxWishes)
            throw ApiErrors.InvalidArgument("wishes", $"at most {maxWishes} wishes per employee per period in {unit}; this request has {request.Wishes.Count}");
        if (request.Preferences.Count > maxPreferences)
            throw ApiErrors.InvalidArgument("preferences", $"at most {maxPreferences} standing preferences per employee; this request has {request.Preferences.Count}");
    }

    /// <summary>A submitted wish as stored: a new name, the employee's, for the window's period, an unavailable day always MUST.</summary>
    private static MyWish StoredWish(MyWish wish, Caller me, string periodStart)
    {
        var stored = wish.Clone();
        stored.Name = $"{me.Unit}/{SelfServiceKinds.EmployeeWish.Collection}/{NewId()}";
        stored.Employee = me.EmployeeId!;
        stored.PeriodStart = periodStart;
        if (stored.Kind == MyWish.Types.Kind.Unavailable) stored.Priority = WishPriority.Must;
        if (stored.Priority == WishPriority.Unspecified) stored.Priority = WishPriority.Normal;
        return stored;
    }

    /// <summary>A submitted standing preference as stored: a new name, the employee's, weighed by its priority only.</summary>
    private static StandingPreference StoredPreference(StandingPreference preference, Caller me)
    {
        var stored = preference.Clone();
        stored.Name = $"{me.Unit}/{SelfServiceKinds.StandingPreference.Collection}/{NewId()}";
        stored.Employee = me.EmployeeId!;
        stored.ClearWeight();
        if (stored.Priority == WishPriority.Unspecified) stored.Priority = WishPriority.Normal;
        return stored;
    }

    /// <summary>Each submitted wish and preference on its own: its fields, and a wish given twice in the request.</summary>
    private static List<ProblemError> CheckSubmitted(SubmitMyWishesRequest request, Domain.SelfService.WishWindow window, HashSet<string> templates)
    {
        var (periodStart, periodEnd) = (window.PeriodStart, window.PeriodEnd);
        var errors = new List<ProblemError>();
        var seen = new Dictionary<(string, MyWish.Types.Kind, string), int>();
        for (var i = 0; i < request.Wishes.Count; i++)
        {
            var wish = request.Wishes[i];
            errors.AddRange(CheckWish(wish, $"wishes[{i}]", periodStart, periodEnd, templates));
            if (!seen.TryAdd(KeyOf(wish), i)) errors.Add(new($"wishes[{i}]", $"the same wish as wishes[{seen[KeyOf(wish)]}] (date, kind and shift): give each once"));
        }

        for (var i = 0; i < request.Preferences.Count; i++) errors.AddRange(CheckPreference(request.Preferences[i], $"preferences[{i}]", templates));
        return errors;
    }

    /// <summary>
    /// Writes a submission: the employee's stored wishes of the period and preferences read, the limits checked again,
    /// the new ones created and (with replace) the earlier ones deleted, in one transaction.
    /// </summary>
    private Task<bool> WriteAsync(WishSubmission submission, string employee, string periodStart, CancellationToken cancellation) =>
        resources.ChangeAsync<bool>(submission.Unit, [SelfServiceKinds.EmployeeWish, SelfServiceKinds.StandingPreference], stored =>
        {
            var earlier = stored[SelfServiceKinds.EmployeeWish.Collection].Select(MyWish.Parser.ParseFrom)
                .Where(w => w.Employee == employee && w.PeriodStart == periodStart).ToList();
            var earlierPreferences = stored[SelfServiceKinds.StandingPreference.Collection].Select(StandingPreference.Parser.ParseFrom)
                .Where(p => p.Employee == employee).ToList();
            if (submission.Limits(earlier, earlierPreferences) is { Count: > 0 } problems) throw ApiErrors.InvalidArgument(problems);
            IReadOnlyList<(Google.Protobuf.IMessage, ResourceKind)> create =
                [.. submission.Wishes.Select(w => ((Google.Protobuf.IMessage)w, SelfServiceKinds.EmployeeWish)), .. submission.Preferences.Select(p => ((Google.Protobuf.IMessage)p, SelfServiceKinds.StandingPreference))];
            return (create, submission.Replaced(earlier, earlierPreferences), true);
        }, cancellation);

    /// <summary>
    /// An employee's wishes and preferences for a period as they will be stored, and the limits they keep together with
    /// what the employee already has: no wish they have (unless replacing), at most <paramref name="MaxWishes"/> wishes
    /// and <paramref name="MaxMust"/> MUST items in the period, at most <paramref name="MaxPreferences"/> preferences.
    /// </summary>
    private sealed record WishSubmission(string Unit, bool Replace, IReadOnlyList<MyWish> Wishes, IReadOnlyList<StandingPreference> Preferences, int MaxWishes, int MaxMust, int MaxPreferences)
    {
        /// <summary>What the submission breaks, with the employee's <paramref name="earlier"/> wishes of the period and preferences.</summary>
        public List<ProblemError> Limits(IReadOnlyList<MyWish> earlier, IReadOnlyList<StandingPreference> earlierPreferences)
        {
            var kept = Replace ? [] : earlier;
            var keptPreferences = Replace && Preferences.Count > 0 ? [] : earlierPreferences;
            var problems = new List<ProblemError>();
            var have = kept.GroupBy(KeyOf).ToDictionary(g => g.Key, g => g.First().Name);
            for (var i = 0; i < Wishes.Count; i++)
                if (have.TryGetValue(KeyOf(Wishes[i]), out var name))
                    problems.Add(new($"wishes[{i}]", $"you already have this wish ({name}): delete it first, or submit with replace"));
            if (kept.Count + Wishes.Count > MaxWishes)
                problems.Add(new("wishes", $"at most {MaxWishes} wishes per employee per period in {Unit}; this makes {kept.Count + Wishes.Count}"));
            var must = Wishes.Count(IsMust) + kept.Count(IsMust);
            if (must > MaxMust)
                problems.Add(new("wishes", $"at most {MaxMust} MUST items (MUST wishes and unavailable days) per period in {Unit}; this makes {must}"));
            if (keptPreferences.Count + Preferences.Count > MaxPreferences)
                problems.Add(new("preferences", $"at most {MaxPreferences} standing preferences per employee; this makes {keptPreferences.Count + Preferences.Count}"));
            return problems;
        }

        /// <summary>What a replacing submission deletes: the earlier wishes of the period, and the earlier preferences when it gives any.</summary>
        public IReadOnlyList<string> Replaced(IReadOnlyList<MyWish> earlier, IReadOnlyList<StandingPreference> earlierPreferences) =>
            Replace ? [.. earlier.Select(w => w.Name), .. Preferences.Count > 0 ? earlierPreferences.Select(p => p.Name) : []] : [];
    }

    private static bool IsMust(MyWish wish) => WishPriorities.IsMust(SelfServiceMapping.Priority(wish.Priority), wish.Kind == MyWish.Types.Kind.Unavailable);

    /// <summary>What makes two of an employee's wishes the same wish (the problem's wish is employee, date, kind and shift).</summary>
    private static (string Date, MyWish.Types.Kind Kind, string Shift) KeyOf(MyWish wish) => (wish.Date, wish.Kind, wish.Shift);

    private static IEnumerable<ProblemError> CheckWish(MyWish wish, string field, LocalDate first, LocalDate last, HashSet<string> templates)
    {
        if (SelfServiceKinds.ParseDate(wish.Date) is not { } date) yield return new($"{field}.date", $"must be a date, yyyy-MM-dd, was '{wish.Date}'");
        else if (date < first || date > last) yield return new($"{field}.date", $"must be inside the period, {first:uuuu-MM-dd} to {last:uuuu-MM-dd}, was {wish.Date}");
        switch (wish.Kind)
        {
            case MyWish.Types.Kind.ShiftOn or MyWish.Types.Kind.ShiftOff:
                if (wish.Shift.Length == 0) yield return new($"{field}.shift", $"is required for {wish.Kind.ToString().ToUpperInvariant()}");
                else if (!templates.Contains(wish.Shift)) yield return new($"{field}.shift", $"must be a shift template of the unit ({string.Join(", ", templates.Order(StringComparer.Ordinal))}), was '{wish.Shift}'");
                break;
            case MyWish.Types.Kind.DayOff or MyWish.Types.Kind.Unavailable:
                if (wish.Shift.Length > 0) yield return new($"{field}.shift", "must be empty for a day off or an unavailable day");
                if (wish.Kind == MyWish.Types.Kind.Unavailable && wish.Priority is not (WishPriority.Unspecified or WishPriority.Must))
                    yield return new($"{field}.priority", "an unavailable day is always MUST (for a softer wish, ask for a DAY_OFF)");
                break;
            default:
                yield return new($"{field}.kind", "is required: SHIFT_ON, SHIFT_OFF, DAY_OFF or UNAVAILABLE");
                break;
        }
    }

    private static IEnumerable<ProblemError> CheckPreference(StandingPreference preference, string field, HashSet<string> templates)
    {
        switch (preference.Kind)
        {
            case StandingPreference.Types.Kind.NoShiftKind:
                if (preference.ShiftKind == V1.ShiftKind.Unspecified) yield return new($"{field}.shiftKind", "is required for NO_SHIFT_KIND, e.g. NIGHT");
                break;
            case StandingPreference.Types.Kind.NoShift:
                if (!templates.Contains(preference.Shift)) yield return new($"{field}.shift", $"must be a shift template of the unit ({string.Join(", ", templates.Order(StringComparer.Ordinal))}), was '{preference.Shift}'");
                break;
            case StandingPreference.Types.Kind.DayOffOnWeekday:
                if (preference.Weekday == V1.Weekday.Unspecified) yield return new($"{field}.weekday", "is required for DAY_OFF_ON_WEEKDAY, e.g. MONDAY");
                break;
            case StandingPreference.Types.Kind.AtMostWeekends:
                if (preference.Count is < 0 or > 53) yield return new($"{field}.count", $"must be the most weekends, 0 to 53, was {preference.Count}");
                break;
            default:
                yield return new($"{field}.kind", "is required: NO_SHIFT_KIND, NO_SHIFT, DAY_OFF_ON_WEEKDAY or AT_MOST_WEEKENDS");
                break;
        }
    }

    /// <summary>The wish window to submit to: the one starting on <paramref name="periodStart"/>, or the only open one; FAILED_PRECONDITION when it is not open.</summary>
    private async Task<WishWindowRead> OpenWishWindowAsync(string unit, string periodStart, CancellationToken cancellation)
    {
        var today = await windows.TodayAsync(unit, cancellation).ConfigureAwait(false);
        var all = await WishWindowsAsync(unit, cancellation).ConfigureAwait(false);
        var window = periodStart.Length > 0 ? WishWindowOf(unit, periodStart, all) : OpenOrShownWishWindow(unit, all, today);
        if (!window.Window.Dates.IsOpen(today))
            throw SelfServiceWindows.NotOpen(window.Name, $"the wish window for the period starting {ProblemMapping.Date(window.Window.PeriodStart)}", window.Window.Dates, today);
        return window;
    }

    /// <summary>The wish window of the period starting on <paramref name="periodStart"/>; FAILED_PRECONDITION when the unit has none.</summary>
    private static WishWindowRead WishWindowOf(string unit, string periodStart, IReadOnlyList<WishWindowRead> all)
    {
        if (SelfServiceKinds.ParseDate(periodStart) is not { } start) throw ApiErrors.InvalidArgument("periodStart", $"must be a date, yyyy-MM-dd, was '{periodStart}'");
        return all.FirstOrDefault(w => w.Window.PeriodStart == start)
            ?? throw ApiErrors.FailedPrecondition($"{unit} takes no wishes for a period starting {periodStart}", [new ProblemError("periodStart", "no wish window for this period")], "WINDOW");
    }

    /// <summary>The one wish window open today, else the one to show; INVALID_ARGUMENT when several are open.</summary>
    private static WishWindowRead OpenOrShownWishWindow(string unit, IReadOnlyList<WishWindowRead> all, LocalDate today)
    {
        var open = all.Where(w => w.Window.Dates.IsOpen(today)).ToList();
        if (open.Count > 1) throw ApiErrors.InvalidArgument("periodStart", $"wishes are open for the periods starting {string.Join(" and ", open.Select(w => ProblemMapping.Date(w.Window.PeriodStart)))}: say which");
        return open.FirstOrDefault() ?? SelfServiceWindows.Relevant(all, today, w => w.Window.Dates)
            ?? throw ApiErrors.FailedPrecondition($"{unit} has no wish window", [new ProblemError(unit, "no wish window")], "WINDOW");
    }

    private async Task<MyWishes> MyWishesAsync(Caller me, CancellationToken cancellation) => new()
    {
        Wishes = { (await resources.AllAsync<MyWish>(me.Unit!, SelfServiceKinds.EmployeeWish, cancellation).ConfigureAwait(false)).Where(w => w.Employee == me.EmployeeId).OrderBy(w => w.Date, StringComparer.Ordinal) },
        Preferences = { (await resources.AllAsync<StandingPreference>(me.Unit!, SelfServiceKinds.StandingPreference, cancellation).ConfigureAwait(false)).Where(p => p.Employee == me.EmployeeId) },
    };

    public async Task<MyWishes> ListMyWishesAsync(Caller me, string periodStart, CancellationToken cancellation)
    {
        await MeAsync(me, cancellation).ConfigureAwait(false);
        var mine = await MyWishesAsync(me, cancellation).ConfigureAwait(false);
        if (periodStart.Length == 0) return mine;
        var inPeriod = new MyWishes { Preferences = { mine.Preferences } };
        inPeriod.Wishes.AddRange(mine.Wishes.Where(w => w.PeriodStart == periodStart));
        return inPeriod;
    }

    /// <summary>
    /// One of the caller's own wishes by id or name; another's, or one that does not exist, is PERMISSION_DENIED
    /// alike, so nothing tells them apart.
    /// </summary>
    private async Task<(string Name, MyWish Wish)> MyOwnWishAsync(Caller me, string wish, CancellationToken cancellation)
    {
        await MeAsync(me, cancellation).ConfigureAwait(false);
        var id = wish[(wish.LastIndexOf('/') + 1)..];
        if (!ResourceIds.IsValid(id)) throw ApiErrors.InvalidArgument("wish", $"must be a wish id or units/{{unit}}/employeeWishes/{{wish}}, was '{wish}'");
        var name = $"{me.Unit}/{SelfServiceKinds.EmployeeWish.Collection}/{id}";
        if (wish.Contains('/', StringComparison.Ordinal) && wish != name) throw Denied();
        var body = await store.GetResourceAsync(name, cancellation).ConfigureAwait(false);
        var stored = body is null ? null : MyWish.Parser.ParseFrom(body);
        if (stored is null || stored.Employee != me.EmployeeId) throw Denied();
        return (name, stored);
    }

    public async Task DeleteMyWishAsync(Caller me, string wish, CancellationToken cancellation)
    {
        var (name, stored) = await MyOwnWishAsync(me, wish, cancellation).ConfigureAwait(false);
        await OpenWishWindowAsync(me.Unit!, stored.PeriodStart, cancellation).ConfigureAwait(false);
        await resources.DeleteAsync(name, SelfServiceKinds.EmployeeWish, force: false, cancellation).ConfigureAwait(false);
    }

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
        var (wishes, preferences) = await reports.OwnOutcomesAsync(roster, reportLanguage, me.EmployeeId!, cancellation).ConfigureAwait(false);
        return new MyWishOutcomes
        {
            Roster = roster.Name,
            Outcomes = { wishes },
            Preferences = { preferences },
            Language = Domain.Reporting.ReportLanguages.Code(reportLanguage),
        };
    }

    /// <summary>What granting one of the employee's own wishes would cost against the published roster of its period (or the one named).</summary>
    public async Task<WishCost> GetMyWishCostAsync(Caller me, string wish, string rosterName, Google.Protobuf.WellKnownTypes.Duration? timeLimit, CancellationToken cancellation)
    {
        var (_, stored) = await MyOwnWishAsync(me, wish, cancellation).ConfigureAwait(false);
        if (stored.Kind == MyWish.Types.Kind.Unavailable)
            throw ApiErrors.InvalidArgument("wish", "an unavailable day is a hard rule, not a wish to price");
        var roster = await PublishedAsync(me, rosterName, rosterName.Length > 0 ? "" : stored.PeriodStart, cancellation).ConfigureAwait(false);
        var spec = new WishSpec
        {
            Employee = stored.Employee,
            Date = stored.Date,
            Kind = stored.Kind switch { MyWish.Types.Kind.ShiftOn => V1.WishKind.ShiftOn, MyWish.Types.Kind.ShiftOff => V1.WishKind.ShiftOff, _ => V1.WishKind.DayOff },
            Weight = WishPriorities.Weight(SelfServiceMapping.Priority(stored.Priority)),
        };
        if (stored.Shift.Length > 0) spec.Shift = stored.Shift;
        return await prices.PriceAsync(roster, spec, timeLimit, cancellation, inProblemOnly: true).ConfigureAwait(false);
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
        if (name.Length > 0)
        {
            RosterVersions.CheckName(name, "roster");
            var named = await store.GetRosterMessageAsync(name, cancellation).ConfigureAwait(false);
            if (named is null || named.Unit != unit) throw Denied();
            return named.State is RosterState.Published or RosterState.Superseded ? named
                : throw ApiErrors.NotFound(name, $"{name} is not published: employees see a roster once their manager publishes it");
        }

        LocalDate? start = null;
        if (periodStart.Length > 0)
            start = SelfServiceKinds.ParseDate(periodStart) ?? throw ApiErrors.InvalidArgument("periodStart", $"must be a date, yyyy-MM-dd, was '{periodStart}'");
        // The unit's published rosters only (of the period, when one is asked for), never its proposals and old versions.
        var published = await store.ListPublishedRostersAsync(unit, start is { } first ? ProblemMapping.Date(first) : null, cancellation).ConfigureAwait(false);
        PublishedRoster? chosen;
        if (start is { } s)
        {
            chosen = published.Where(p => p.PeriodStart == s).OrderBy(p => p.PublishTime).LastOrDefault();
            if (chosen is null) throw ApiErrors.NotFound(unit, $"no roster of {unit} is published for the period starting {periodStart}");
        }
        else
        {
            var today = await windows.TodayAsync(unit, cancellation).ConfigureAwait(false);
            chosen = published.Where(p => p.Covers(today)).OrderBy(p => p.PeriodStart).LastOrDefault()
                ?? published.Where(p => p.PeriodStart > today).OrderBy(p => p.PeriodStart).FirstOrDefault()
                ?? published.OrderBy(p => p.PeriodStart).LastOrDefault();
            if (chosen is null) throw ApiErrors.NotFound(unit, $"no roster of {unit} is published yet: employees see a roster once their manager publishes it");
        }

        return await store.GetRosterMessageAsync(chosen.Name, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(chosen.Name);
    }

    private static string NewId() => Guid.CreateVersion7().ToString("N");
}
