using NodaTime;
using Google.Protobuf;
using NodaTime.Text;
using Scheduling.Api.Application.Absences;
using Scheduling.Api.Mapping;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Domain.Files;
using Scheduling.Domain.SelfService;

namespace Scheduling.Api.Application.Units;

/// <summary>
/// A unit's stored data as one problem, and one problem as a unit's data: what a solve by reference
/// uses, and how a problem file (the bundled example) becomes a unit.
/// </summary>
public sealed class UnitProblems(Resources resources, UnitRepository units, AbsenceRepository absences, Microsoft.Extensions.Options.IOptions<SchedulingOptions> options, PreviousPeriods previous)
{
    /// <summary>
    /// The problem for a unit and a period (its problem file and the domain problem read from it): its employees, templates, rule pack and demand curve, and
    /// the demand rows, wishes, pins and unavailable days dated inside the period, and the time bank and fairness
    /// ledger carried out of the latest published period before it (<see cref="CarryForwards"/>), and the history before
    /// it: <paramref name="history"/> when the request gives one, else the unit's published rosters of the days before the
    /// period as far back as the rule pack looks (<see cref="PreviousPeriods"/>). Stored data that
    /// does not make a valid problem is FAILED_PRECONDITION, naming the problem's fields.
    /// </summary>
    public async Task<StoredProblem> AssembleAsync(string unitName, PeriodDto? period, CancellationToken cancellation, IReadOnlyList<HistoryEntryDto>? history = null)
    {
        Resources.ParseName(unitName ?? "", ResourceKinds.Unit);
        var unit = await units.GetUnitAsync(unitName!, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(unitName!);
        var (start, days) = CheckPeriod(period);
        var first = LocalDatePattern.Iso.Format(start);
        var end = LocalDatePattern.Iso.Format(start.PlusDays(days));
        bool Inside(string? date) => string.CompareOrdinal(date ?? "", first) >= 0 && string.CompareOrdinal(date ?? "", end) < 0;

        var parent = unitName!;
        var file = await StoredFileAsync(parent, unit, first, days, period!.TimeZone, Inside, cancellation).ConfigureAwait(false);
        await AddSelfServiceAsync(file, parent, start.Year, Inside, cancellation).ConfigureAwait(false);
        await AddAbsencesAsync(file, parent, unit, Inside, cancellation).ConfigureAwait(false);
        CarryForwards.ApplyIn(file, CarryForwards.Before(await units.CarryForwardsAsync(parent, cancellation).ConfigureAwait(false), start));
        ProblemFiles.CollapseWishes(file);
        // The stored curve may be fine for a day and far too much to expand for this period: counted before it is read.
        ProblemSize.Check(file, options.Value.MaxModelCells, "period");
        var domain = ReadStored(file, $"the data of {unitName} does not make a valid problem for {first} + {days} days");
        return await WithHistoryAsync(new StoredProblem(file, domain), parent, start, history, cancellation).ConfigureAwait(false);
    }

    /// <summary>The period's first day and days; INVALID_ARGUMENT naming the field that is missing or bad.</summary>
    private static (LocalDate Start, int Days) CheckPeriod(PeriodDto? period)
    {
        if (period is null) throw ApiErrors.InvalidArgument("period", "is required");
        var start = LocalDatePattern.Iso.Parse(period.StartDate ?? "");
        if (!start.Success) throw ApiErrors.InvalidArgument("period.startDate", $"'{period.StartDate}' is not a date (yyyy-MM-dd)");
        if (period.Days is not { } days || days is < 1 or > SchedulePeriod.MaxDays)
            throw ApiErrors.InvalidArgument("period.days", $"is required, 1 to {SchedulePeriod.MaxDays}");
        return (start.Value, days);
    }

    /// <summary>The unit's stored items as a problem file for the period: the items dated inside it, the rest whole.</summary>
    private async Task<ProblemFile> StoredFileAsync(string parent, UnitRecord unit, string first, int days, string? timeZone, Func<string?, bool> inside, CancellationToken cancellation)
    {
        var zone = timeZone ?? unit.TimeZone;
        var curve = await units.DemandCurveAsync(parent, cancellation).ConfigureAwait(false);
        return new ProblemFile
        {
            Name = unit.DisplayName.Length > 0 ? unit.DisplayName : parent[(parent.IndexOf('/') + 1)..],
            Period = new PeriodDto { StartDate = first, Days = days, TimeZone = zone.Length > 0 ? zone : null },
            ShiftTemplates = [.. await units.ShiftTemplatesAsync(parent, cancellation).ConfigureAwait(false)],
            Employees = [.. await units.EmployeesAsync(parent, cancellation).ConfigureAwait(false)],
            ShiftDemands = [.. (await units.ShiftDemandsAsync(parent, cancellation).ConfigureAwait(false)).Where(d => inside(d.Date))],
            Wishes = [.. (await units.WishesAsync(parent, cancellation).ConfigureAwait(false)).Where(w => inside(w.Date))],
            Pins = [.. (await units.PinsAsync(parent, cancellation).ConfigureAwait(false)).Where(p => inside(p.Date))],
            Unavailability = [.. (await units.UnavailableDaysAsync(parent, cancellation).ConfigureAwait(false)).Where(u => inside(u.Date))],
            DemandCurve = curve is { Patterns.Count: > 0 } ? curve : null,
            Cost = unit.Cost,
            RulePack = await RulePackAsync(unit, cancellation).ConfigureAwait(false),
        };
    }

    /// <summary>The days the unit's absences make unavailable, each added once.</summary>
    private async Task AddAbsencesAsync(ProblemFile file, string unitName, UnitRecord unit, Func<string?, bool> inside, CancellationToken cancellation)
    {
        var unavailable = file.Unavailability ??= [];
        foreach (var day in await AbsenceDaysAsync(unitName, unit, file.ShiftTemplates ?? [], d => inside(d), cancellation).ConfigureAwait(false))
            if (!unavailable.Any(u => u.Employee == day.Employee && u.Date == day.Date)) unavailable.Add(day);
    }

    /// <summary>The domain problem of the unit's stored data; FAILED_PRECONDITION (<paramref name="refusal"/>, naming the problem's fields) when it is not a valid one.</summary>
    private static RosterProblem ReadStored(ProblemFile file, string refusal)
    {
        try
        {
            return ProblemReading.Read(file);
        }
        catch (ApiException ex) when (ex.Kind == ApiErrorKind.InvalidArgument)
        {
            throw ApiErrors.FailedPrecondition($"{refusal}: {ex.Message}", ex.Violations, "PROBLEM");
        }
    }

    /// <summary>
    /// The problem with the shifts worked before its period: the request's own history (its errors are the caller's,
    /// INVALID_ARGUMENT under <c>reference</c>), else the unit's published rosters of the days the rule pack looks back.
    /// </summary>
    private async Task<StoredProblem> WithHistoryAsync(StoredProblem assembled, string unitName, LocalDate start, IReadOnlyList<HistoryEntryDto>? history, CancellationToken cancellation)
    {
        var (file, domain) = assembled;
        if (history is { Count: > 0 })
        {
            if (history.Count > Domain.History.MaxEntries)
                throw ApiErrors.InvalidArgument("reference.history", $"at most {Domain.History.MaxEntries} entries are accepted, got {history.Count}");
            file.History = [.. history];
            return new StoredProblem(file, ProblemReading.Read(file, "reference"));
        }

        var before = await previous.HistoryAsync(unitName, start, Domain.History.DaysNeeded(domain.Rules, domain.Employees, domain.Period.Days),
            (file.Employees ?? []).Select(e => e.Id ?? "").ToHashSet(StringComparer.Ordinal), (file.ShiftTemplates ?? []).Select(t => t.Code ?? "").ToHashSet(StringComparer.Ordinal), cancellation).ConfigureAwait(false);
        if (before.Count == 0) return assembled;
        file.History = [.. before.Select(h => new HistoryEntryDto { Employee = h.Employee, Date = h.Date, Shift = h.Shift })];
        return new StoredProblem(file, ProblemReading.Read(file));
    }

    /// <summary>The unit's rule pack; none when it names none, FAILED_PRECONDITION when the one it names does not exist.</summary>
    private async Task<RulePackDto?> RulePackAsync(UnitRecord unit, CancellationToken cancellation)
    {
        if (unit.RulePack.Length == 0) return null;
        Resources.ParseName(unit.RulePack, ResourceKinds.RulePack);
        return await units.GetRulePackAsync(unit.RulePack, cancellation).ConfigureAwait(false)
            ?? throw ApiErrors.FailedPrecondition($"{unit.Name} uses {unit.RulePack}, which does not exist", [new ProblemError("rulePack", $"{unit.RulePack} does not exist")]);
    }

    /// <summary>
    /// The days the unit's absences make unavailable (<see cref="Absences.AbsenceSpan.UnavailableDays"/>) that <paramref name="inside"/>
    /// keeps, in date order; an absence of an employee the problem does not have is left to the problem's check.
    /// </summary>
    private async Task<List<EmployeeDateDto>> AbsenceDaysAsync(string unitName, UnitRecord unit, IEnumerable<ShiftTemplateDto> templates, Func<string, bool> inside, CancellationToken cancellation)
    {
        var zone = Absences.Absences.ZoneOf(unit.TimeZone);
        var times = templates
            .Select(t => (Start: LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(t.StartTime ?? ""), DurationMinutes: t.DurationMinutes ?? 0))
            .Where(t => t.Start.Success).Select(t => (t.Start.Value, t.DurationMinutes)).ToList();
        var days = new List<EmployeeDateDto>();
        foreach (var absence in await absences.AllAsync(unitName, cancellation).ConfigureAwait(false))
            foreach (var date in Absences.Absences.Span(absence, zone).UnavailableDays(zone, times).Select(d => LocalDatePattern.Iso.Format(d)).Where(inside))
                days.Add(new EmployeeDateDto { Employee = absence.Employee, Date = date });
        return days;
    }

    /// <summary>
    /// A stored problem (a roster's job's) with the unavailable days the unit has now for its period and employees: its
    /// unavailable days, the employees' own, and its absences, in place of those the problem was solved with, so a
    /// re-solve or a replacement sees an absence recorded after the solve. A problem of no unit is returned as it is.
    /// </summary>
    public async Task<StoredProblem> WithCurrentUnavailabilityAsync(StoredProblem stored, string unitName, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (string.IsNullOrEmpty(unitName)) return stored;
        Resources.ParseName(unitName, ResourceKinds.Unit);
        var unit = await units.GetUnitAsync(unitName, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(unitName);
        var period = stored.Problem.Period;
        var first = LocalDatePattern.Iso.Format(period.Start);
        var end = LocalDatePattern.Iso.Format(period.End);
        bool Inside(string date) => string.CompareOrdinal(date, first) >= 0 && string.CompareOrdinal(date, end) < 0;
        var employees = stored.Problem.Employees.Select(e => e.Id.Value).ToHashSet(StringComparer.Ordinal);
        var days = new SortedSet<(string Employee, string Date)>();
        foreach (var u in await units.UnavailableDaysAsync(unitName, cancellation).ConfigureAwait(false)) days.Add((u.Employee ?? "", u.Date ?? ""));
        foreach (var w in await units.EmployeeWishesAsync(unitName, cancellation).ConfigureAwait(false))
            if (w.Kind == EmployeeWishKind.Unavailable) days.Add((w.Employee, LocalDatePattern.Iso.Format(w.Date)));
        foreach (var d in await AbsenceDaysAsync(unitName, unit, stored.File.ShiftTemplates ?? [], Inside, cancellation).ConfigureAwait(false)) days.Add((d.Employee!, d.Date!));
        var current = days.Where(d => Inside(d.Date) && employees.Contains(d.Employee)).ToList();
        var file = ProblemFiles.Copy(stored.File);
        file.Unavailability = [.. current.Select(d => new EmployeeDateDto { Employee = d.Employee, Date = d.Date })];
        var problem = stored.Problem.WithUnavailability([.. current.Select(d => new Unavailability(new EmployeeId(d.Employee), LocalDatePattern.Iso.Parse(d.Date).Value))]);
        return new StoredProblem(file, problem);
    }

    /// <summary>
    /// What the unit's employees chose themselves: the latest rate chosen for the year the period starts in
    /// replaces the rate on record, and their wishes and unavailable days dated inside the period join the
    /// manager's (weights from <see cref="WishPriorities"/>). Items of employees or shift templates no longer
    /// in the unit are left out. Standing preferences hold in every period: each becomes a preference of the
    /// problem with its priority's weight (<see cref="WishPriorities"/>); one naming a shift template the unit
    /// no longer has is left out.
    /// </summary>
    private async Task AddSelfServiceAsync(ProblemFile problem, string unit, int year, Func<string, bool> inside, CancellationToken cancellation)
    {
        var rates = (await units.RateChoicesAsync(unit, cancellation).ConfigureAwait(false))
            .Where(c => c.Year == year).GroupBy(c => c.Employee)
            .ToDictionary(g => g.Key, g => Domain.SelfService.RateChoice.LatestByYear(g)[year].Rate);
        foreach (var employee in problem.Employees ?? [])
            if (rates.TryGetValue(employee.Id ?? "", out var rate)) employee.EmploymentRate = Rate(rate);

        var employees = (problem.Employees ?? []).Select(e => e.Id ?? "").ToHashSet(StringComparer.Ordinal);
        var templates = (problem.ShiftTemplates ?? []).Select(t => t.Code ?? "").ToHashSet(StringComparer.Ordinal);
        var unavailable = (problem.Unavailability ?? []).Select(u => (u.Employee ?? "", u.Date ?? "")).ToHashSet();
        foreach (var wish in await units.EmployeeWishesAsync(unit, cancellation).ConfigureAwait(false))
        {
            var date = LocalDatePattern.Iso.Format(wish.Date);
            if (!inside(date) || !employees.Contains(wish.Employee) || (wish.Shift.Length > 0 && !templates.Contains(wish.Shift))) continue;
            if (wish.Kind == EmployeeWishKind.Unavailable)
            {
                if (unavailable.Add((wish.Employee, date))) (problem.Unavailability ??= []).Add(new EmployeeDateDto { Employee = wish.Employee, Date = date });
            }
            else
            {
                (problem.Wishes ??= []).Add(new WishDto
                {
                    Employee = wish.Employee,
                    Date = date,
                    Kind = ProblemFileReader.UpperSnake(wish.Kind.ToString()),
                    Shift = wish.Shift.Length > 0 ? wish.Shift : null,
                    Weight = WishPriorities.Weight(wish.Priority),
                });
            }
        }

        foreach (var preference in (await units.StandingPreferencesAsync(unit, cancellation).ConfigureAwait(false)).Where(p => employees.Contains(p.Employee)))
            if (ToPreference(preference, templates) is { } item) (problem.Preferences ??= []).Add(item);
    }

    /// <summary>A chosen rate as the problem file writes it (the number its JSON form has).</summary>
    private static decimal Rate(double rate) =>
        decimal.Parse(rate.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>
    /// A standing preference as the problem's preference, weighted by its priority (or the weight it was imported
    /// with); null when it names what the unit does not have (or lacks what its kind needs).
    /// </summary>
    private static PreferenceDto? ToPreference(StandingPreferenceDto preference, HashSet<string> templates)
    {
        var item = new PreferenceDto { Employee = preference.Employee, Weight = preference.Weight ?? WishPriorities.Weight(preference.Priority ?? Domain.SelfService.WishPriority.Normal) };
        switch (preference.Kind)
        {
            case Domain.PreferenceKind.NoShiftKind when preference.ShiftKind is { } shiftKind:
                item.ShiftKind = ProblemFileReader.UpperSnake(shiftKind.ToString());
                break;
            case Domain.PreferenceKind.NoShift when templates.Contains(preference.Shift):
                item.Shift = preference.Shift;
                break;
            case Domain.PreferenceKind.DayOffOnWeekday when preference.Weekday is { } weekday:
                item.Weekday = ProblemFileReader.UpperSnake(weekday.ToString());
                break;
            case Domain.PreferenceKind.AtMostWeekends when preference.Count >= 0:
                item.Count = preference.Count;
                break;
            default:
                return null;
        }

        item.Kind = ProblemFileReader.UpperSnake(preference.Kind.Value.ToString());
        return item;
    }

    /// <summary>A problem file's preference as a stored standing preference that keeps its weight.</summary>
    private static V1.StandingPreference ToStanding(PreferenceSpec preference, string name)
    {
        var standing = new V1.StandingPreference
        {
            Name = name,
            Employee = preference.Employee,
            Kind = (V1.StandingPreference.Types.Kind)(int)preference.Kind,
            ShiftKind = preference.ShiftKind,
            Shift = preference.Shift ?? "",
            Weekday = preference.Weekday,
            Count = preference.Count,
            Priority = V1.WishPriority.Normal,
            // The problem file's default weight when it gives none.
            Weight = preference.HasWeight ? preference.Weight : 1,
        };
        return standing;
    }

    /// <summary>Stores a whole problem as a new unit, in one transaction.</summary>
    public async Task<V1.Unit> ImportAsync(string unitId, ProblemFile? file, CancellationToken cancellation)
    {
        if (string.IsNullOrEmpty(unitId) || !ResourceIds.IsValid(unitId))
            throw ApiErrors.InvalidArgument("unitId", $"must be 1 to 63 characters of a-z, A-Z, 0-9, '-' and '_', was '{unitId}'");
        if (file is null) throw ApiErrors.InvalidArgument("problem", "is required");
        ProblemSize.Check(file, options.Value.MaxModelCells);
        ProblemReading.Read(file);
        // The unit's resources are the contract's messages (Resources stores them as they are).
        var problem = ProblemFileMapping.ToProto(file);
        var unitName = $"units/{unitId}";
        var (unit, rulePack) = UnitOf(unitName, unitId, problem);
        List<(IMessage, ResourceKind)> items = [(unit, ResourceKinds.Unit)];
        if (rulePack is not null) items.Add((rulePack, ResourceKinds.RulePack));
        items.AddRange(ItemsOf(unitName, problem));
        if (OpeningCarry(unitName, problem) is { } opening) items.Add((opening, CarryForwards.Kind));
        await resources.CreateAllAsync(items, cancellation).ConfigureAwait(false);
        return unit;
    }

    /// <summary>The unit of an imported problem, and its rule pack (<c>rulePacks/{unitId}</c>) when the problem has one.</summary>
    private static (V1.Unit Unit, V1.RulePack? RulePack) UnitOf(string unitName, string unitId, Problem problem)
    {
        var unit = new V1.Unit { Name = unitName, DisplayName = problem.Name, TimeZone = problem.Period?.TimeZone ?? "", Cost = problem.Cost };
        if (problem.RulePack is not { } pack) return (unit, null);
        var rulePack = new V1.RulePack { Name = $"rulePacks/{unitId}", DisplayName = pack.Id, Rules = { pack.Rules }, Version = pack.Version, AppliesFrom = pack.AppliesFrom, AppliesTo = pack.AppliesTo };
        unit.RulePack = rulePack.Name;
        return (unit, rulePack);
    }

    /// <summary>An imported problem's items as the unit's resources: templates, employees, demand rows and curve, wishes, pins, unavailable days, standing preferences.</summary>
    private static List<(IMessage, ResourceKind)> ItemsOf(string unitName, Problem problem)
    {
        var items = new List<(IMessage, ResourceKind)>();
        items.AddRange(problem.ShiftTemplates.Select(t =>
        {
            var template = new V1.ShiftTemplate { Name = $"{unitName}/shiftTemplates/{t.Code}", DisplayName = t.Name ?? "", StartTime = t.StartTime, DurationMinutes = t.DurationMinutes, UnpaidBreakMinutes = t.UnpaidBreakMinutes, Kind = t.Kind, RequiredCompetence = t.RequiredCompetence ?? "" };
            return ((IMessage)template, ResourceKinds.ShiftTemplate);
        }));
        items.AddRange(problem.Employees.Select(e =>
        {
            var employee = new V1.Employee { Name = $"{unitName}/employees/{e.Id}", DisplayName = e.Name ?? "", Competences = { e.Competences }, Units = { e.Units }, Limits = e.Limits };
            if (e.HasEmploymentRate) employee.EmploymentRate = e.EmploymentRate;
            if (e.HasFullTimeWeeklyMinutes) employee.FullTimeWeeklyMinutes = e.FullTimeWeeklyMinutes;
            if (e.HasToleranceMinutes) employee.ToleranceMinutes = e.ToleranceMinutes;
            if (e.HasMinTotalMinutes) employee.MinTotalMinutes = e.MinTotalMinutes;
            if (e.HasMaxTotalMinutes) employee.MaxTotalMinutes = e.MaxTotalMinutes;
            if (e.HasTimeBankMinutes) employee.TimeBankMinutes = e.TimeBankMinutes;
            return ((IMessage)employee, ResourceKinds.Employee);
        }));
        items.AddRange(problem.ShiftDemands.Select((d, i) =>
        {
            var demand = new V1.ShiftDemand { Name = $"{unitName}/shiftDemands/d{i + 1:D5}", Date = d.Date, Shift = d.Shift, Required = d.Required };
            if (d.HasUnderWeight) demand.UnderWeight = d.UnderWeight;
            if (d.HasOverWeight) demand.OverWeight = d.OverWeight;
            return ((IMessage)demand, ResourceKinds.ShiftDemand);
        }));
        if (problem.DemandCurve is { } curve)
            items.Add((new V1.DemandCurve { Name = $"{unitName}/demandCurve", SlotMinutes = curve.SlotMinutes, Patterns = { curve.Patterns } }, ResourceKinds.DemandCurve));
        items.AddRange(problem.Wishes.Select((w, i) =>
        {
            var wish = new V1.Wish { Name = $"{unitName}/wishes/w{i + 1:D5}", Employee = w.Employee, Date = w.Date, Kind = w.Kind, Shift = w.Shift ?? "" };
            if (w.HasWeight) wish.Weight = w.Weight;
            return ((IMessage)wish, ResourceKinds.Wish);
        }));
        items.AddRange(problem.Pins.Select((p, i) => ((IMessage)new V1.Pin { Name = $"{unitName}/pins/p{i + 1:D5}", Employee = p.Employee, Date = p.Date, Shift = p.Shift ?? "" }, ResourceKinds.Pin)));
        items.AddRange(problem.Unavailability.Select((u, i) => ((IMessage)new V1.UnavailableDay { Name = $"{unitName}/unavailableDays/u{i + 1:D5}", Employee = u.Employee, Date = u.Date }, ResourceKinds.UnavailableDay)));
        items.AddRange(problem.Preferences.Select((p, i) => ((IMessage)ToStanding(p, $"{unitName}/{SelfServiceKinds.StandingPreference.Collection}/imported-{i + 1:D5}"), SelfServiceKinds.StandingPreference)));
        return items;
    }

    /// <summary>
    /// The file's ledger and overtime of the year are what earlier periods left: a carry out of the day before its
    /// period, so the file's period and every later one start from it until a published roster carries on; null when it has neither.
    /// </summary>
    private static CarryForward? OpeningCarry(string unitName, Problem problem)
    {
        if ((problem.FairnessLedger.Count > 0 || problem.Employees.Any(e => e.HasOvertimeBeforePeriodMinutes)) && SelfServiceKinds.ParseDate(problem.Period?.StartDate ?? "") is { } start)
        {
            var before = start.PlusDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var opening = new CarryForward { Name = $"{unitName}/{CarryForwards.Kind.Collection}/{before}", Period = new V1.Period { StartDate = before, Days = 1 } };
            opening.LedgerIn.AddRange(problem.FairnessLedger.Select(l => l.Clone()));
            opening.LedgerOut.AddRange(problem.FairnessLedger.Select(l => l.Clone()));
            opening.TimeBank.AddRange(problem.Employees.Where(e => e.HasOvertimeBeforePeriodMinutes).Select(e => new TimeBankCarry
            {
                Employee = e.Id,
                InMinutes = e.TimeBankMinutes,
                OutMinutes = e.TimeBankMinutes,
                OvertimeInMinutes = e.OvertimeBeforePeriodMinutes,
                OvertimeOutMinutes = e.OvertimeBeforePeriodMinutes,
            }));
            return opening;
        }

        return null;
    }
}
