using Scheduling.Domain.Cost;
using Scheduling.Domain.Fairness;
using Scheduling.Domain.Rules;
using Scheduling.Domain.Units;

namespace Scheduling.Domain;

/// <summary>One thing wrong with a problem: the field (a path such as <c>employees[3].id</c>) and why.</summary>
public sealed record ProblemError(string Field, string Reason)
{
    public override string ToString() => $"{Field}: {Reason}";
}

/// <summary>Raised when a problem does not hold together; lists every error found.</summary>
public sealed class ProblemValidationException : Exception
{
    public ProblemValidationException(IReadOnlyList<ProblemError> errors)
        : base(errors.Count switch { 0 => "invalid problem", 1 => errors[0].ToString(), _ => $"{errors.Count} errors, first: {errors[0]}" }) =>
        Errors = errors.Count > 0 ? errors : [new ProblemError("problem", "invalid")];

    public ProblemValidationException() : this([new ProblemError("problem", "invalid")]) { }
    public ProblemValidationException(string message) : this([new ProblemError("problem", message)]) { }
    public ProblemValidationException(string message, Exception inner) : base(message, inner) => Errors = [new ProblemError("problem", message)];

    public IReadOnlyList<ProblemError> Errors { get; }
}

/// <summary>
/// Everything needed to plan one unit for one period: who, which shifts, the need, the wishes, the
/// pins and the rules. Construction validates references and dates, so a problem that exists is coherent.
/// </summary>
public sealed record RosterProblem
{
    public RosterProblem(
        string name,
        SchedulePeriod period,
        ImmutableArray<ShiftTemplate> templates,
        ImmutableArray<Employee> employees,
        RulePack rules,
        ImmutableArray<ShiftDemand> shiftDemands = default,
        DemandCurve? demandCurve = null,
        ImmutableArray<Wish> wishes = default,
        ImmutableArray<Unavailability> unavailability = default,
        ImmutableArray<Pin> pins = default,
        CostModel? cost = null,
        ImmutableArray<Preference> preferences = default,
        FairnessLedger? ledger = null,
        History? history = null,
        ImmutableArray<CareUnit> units = default)
    {
        Name = name ?? "";
        Period = period ?? throw new ProblemValidationException([new ProblemError("period", "is required")]);
        Templates = Or(templates);
        Employees = Or(employees);
        Rules = rules ?? new RulePack("empty", []);
        ShiftDemands = Or(shiftDemands);
        DemandCurve = demandCurve ?? DemandCurve.Empty;
        Wishes = Or(wishes);
        Unavailability = Or(unavailability);
        Pins = Or(pins);
        Cost = cost;
        Preferences = Or(preferences);
        Ledger = ledger ?? FairnessLedger.Empty;
        History = history ?? History.Empty;
        Units = Or(units);
        var errors = Validate();
        if (errors.Count > 0) throw new ProblemValidationException(errors);
        TemplateByCode = Templates.ToImmutableDictionary(t => t.Code);
        EmployeeById = Employees.ToImmutableDictionary(e => e.Id);
    }

    public string Name { get; }
    public SchedulePeriod Period { get; }
    public ImmutableArray<ShiftTemplate> Templates { get; }
    public ImmutableArray<Employee> Employees { get; }
    public RulePack Rules { get; }
    public ImmutableArray<ShiftDemand> ShiftDemands { get; }
    public DemandCurve DemandCurve { get; }
    public ImmutableArray<Wish> Wishes { get; }
    public ImmutableArray<Unavailability> Unavailability { get; }
    public ImmutableArray<Pin> Pins { get; }

    /// <summary>Pay, OB table, substitutes and budget; null when the problem carries no cost data.</summary>
    public CostModel? Cost { get; }

    /// <summary>Standing preferences (no nights, free on Wednesdays, at most one weekend, …).</summary>
    public ImmutableArray<Preference> Preferences { get; }

    /// <summary>Fairness carried in from earlier periods; empty for a first period.</summary>
    public FairnessLedger Ledger { get; }

    /// <summary>What the employees worked before the period, for the rules that look across the seam; empty when not known.</summary>
    public History History { get; }

    /// <summary>The units planned together (see <see cref="UnitPlacement"/>); empty for a problem of one unit, as before.</summary>
    public ImmutableArray<CareUnit> Units { get; }

    public ImmutableDictionary<ShiftCode, ShiftTemplate> TemplateByCode { get; }
    public ImmutableDictionary<EmployeeId, Employee> EmployeeById { get; }

    /// <summary>The same problem with every hard rule turned into a penalty of <paramref name="hardWeight"/> per unit.</summary>
    public RosterProblem Relaxed(long hardWeight) => WithRules(Rules.Relaxed(hardWeight));

    /// <summary>The same problem under another rule pack.</summary>
    public RosterProblem WithRules(RulePack rules) =>
        new(Name, Period, Templates, Employees, rules, ShiftDemands, DemandCurve, Wishes, Unavailability, Pins, Cost, Preferences, Ledger, History, Units);

    /// <summary>The same problem with other pins (a manager's edit).</summary>
    public RosterProblem WithPins(ImmutableArray<Pin> pins) =>
        new(Name, Period, Templates, Employees, Rules, ShiftDemands, DemandCurve, Wishes, Unavailability, pins, Cost, Preferences, Ledger, History, Units);

    /// <summary>The same problem with another cost model (or none).</summary>
    public RosterProblem WithCost(CostModel? cost) =>
        new(Name, Period, Templates, Employees, Rules, ShiftDemands, DemandCurve, Wishes, Unavailability, Pins, cost, Preferences, Ledger, History, Units);

    /// <summary>The same problem with other wishes (e.g. a wish granted by force to price it).</summary>
    public RosterProblem WithWishes(ImmutableArray<Wish> wishes) =>
        new(Name, Period, Templates, Employees, Rules, ShiftDemands, DemandCurve, wishes, Unavailability, Pins, Cost, Preferences, Ledger, History, Units);

    /// <summary>The same problem with another fairness ledger carried in.</summary>
    public RosterProblem WithLedger(FairnessLedger ledger) =>
        new(Name, Period, Templates, Employees, Rules, ShiftDemands, DemandCurve, Wishes, Unavailability, Pins, Cost, Preferences, ledger, History, Units);

    /// <summary>The same problem with another history before the period.</summary>
    public RosterProblem WithHistory(History history) =>
        new(Name, Period, Templates, Employees, Rules, ShiftDemands, DemandCurve, Wishes, Unavailability, Pins, Cost, Preferences, Ledger, history, Units);

    /// <summary>The same problem with other unavailable days (a unit's absences recorded after it was solved).</summary>
    public RosterProblem WithUnavailability(ImmutableArray<Unavailability> unavailability) =>
        new(Name, Period, Templates, Employees, Rules, ShiftDemands, DemandCurve, Wishes, unavailability, Pins, Cost, Preferences, Ledger, History, Units);

    /// <summary>
    /// One employee's part of the problem under <paramref name="rules"/>: their record, wishes, unavailable days, pins,
    /// preferences, pay and ledger entry, and the units (where they may work, and where a competence counts); no demand
    /// (the need is the whole unit's). What the rules that look at one
    /// employee at a time need to check that employee's roster alone (a replacement's check); a field added to the
    /// problem that such a rule reads belongs here too (as the history before the period, the employee's shifts of it).
    /// </summary>
    public RosterProblem OnlyEmployee(EmployeeId employee, RulePack rules)
    {
        var cost = Cost is null ? null : new CostModel(Cost.Version, Cost.Source, [.. Cost.Pay.Where(p => p.Employee == employee)], Cost.SocialFeeFactor,
            Cost.UnsocialHours, Cost.HourlyDivisor, Cost.DefaultMonthlyPay, Cost.AdditionalHoursPercent, Cost.OvertimePercent, Cost.AutumnExtraHourPercent, Cost.Substitutes, Cost.Budget);
        return new(Name, Period, Templates, [EmployeeById[employee]], rules, [], DemandCurve.Empty,
            [.. Wishes.Where(w => w.Employee == employee)], [.. Unavailability.Where(u => u.Employee == employee)], [.. Pins.Where(p => p.Employee == employee)],
            cost, [.. Preferences.Where(p => p.Employee == employee)], new FairnessLedger([.. Ledger.Entries.Where(l => l.Employee == employee)]),
            new History(History.Days, [.. History.Assignments.Where(a => a.Employee == employee)]), [.. Units.Select(u => u.OnlyContact(employee))]);
    }

    private static ImmutableArray<T> Or<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;

    private List<ProblemError> Validate()
    {
        var errors = new List<ProblemError>();
        var codes = new HashSet<ShiftCode>();
        for (var i = 0; i < Templates.Length; i++)
            if (!codes.Add(Templates[i].Code))
                errors.Add(new($"shiftTemplates[{i}].code", $"'{Templates[i].Code}' is used twice"));
        var ids = new HashSet<EmployeeId>();
        for (var i = 0; i < Employees.Length; i++)
        {
            var e = Employees[i];
            if (!ids.Add(e.Id)) errors.Add(new($"employees[{i}].id", $"'{e.Id}' is used twice"));
            foreach (var code in e.Limits.MaxShiftsPerTemplate.Keys.Where(c => !codes.Contains(c)))
                errors.Add(new($"employees[{i}].limits.maxShiftsPerTemplate", $"unknown shift code '{code}'"));
            errors.AddRange(e.Limits.Errors($"employees[{i}].limits"));
        }

        for (var i = 0; i < ShiftDemands.Length; i++)
        {
            var d = ShiftDemands[i];
            if (!codes.Contains(d.Shift)) errors.Add(new($"shiftDemands[{i}].shift", $"unknown shift code '{d.Shift}'"));
            if (!Period.Contains(d.Date)) errors.Add(new($"shiftDemands[{i}].date", $"{d.Date:uuuu-MM-dd} is outside the period"));
        }

        foreach (var duplicate in ShiftDemands.GroupBy(d => (d.Date, d.Shift, d.Unit)).Where(g => g.Count() > 1))
            errors.Add(new("shiftDemands", $"shift {duplicate.Key.Shift} on {duplicate.Key.Date:uuuu-MM-dd}{(duplicate.Key.Unit is { } unit ? $" at {unit}" : "")} has more than one demand row"));

        // One wish is one term of the objective: the same wish twice would be charged twice (and the report keys outcomes by wish).
        var wishes = new Dictionary<(EmployeeId, NodaTime.LocalDate, WishKind, ShiftCode?), int>();
        for (var i = 0; i < Wishes.Length; i++)
        {
            var w = Wishes[i];
            CheckEmployeeDate(errors, $"wishes[{i}]", w.Employee, w.Date, ids);
            if (w.Shift is { } s && !codes.Contains(s)) errors.Add(new($"wishes[{i}].shift", $"unknown shift code '{s}'"));
            if (!wishes.TryAdd((w.Employee, w.Date, w.Kind, w.Shift), i))
                errors.Add(new($"wishes[{i}]", $"the same wish as wishes[{wishes[(w.Employee, w.Date, w.Kind, w.Shift)]}] (employee, date, kind and shift); give each wish once, with one weight"));
        }

        for (var i = 0; i < Preferences.Length; i++)
        {
            var p = Preferences[i];
            if (!ids.Contains(p.Employee)) errors.Add(new($"preferences[{i}].employee", $"unknown employee '{p.Employee}'"));
            if (p.Shift is { } s && !codes.Contains(s)) errors.Add(new($"preferences[{i}].shift", $"unknown shift code '{s}'"));
        }

        for (var i = 0; i < Ledger.Entries.Length; i++)
            if (!ids.Contains(Ledger.Entries[i].Employee))
                errors.Add(new($"fairnessLedger[{i}].employee", $"unknown employee '{Ledger.Entries[i].Employee}'"));

        for (var i = 0; i < Unavailability.Length; i++)
            CheckEmployeeDate(errors, $"unavailability[{i}]", Unavailability[i].Employee, Unavailability[i].Date, ids);

        for (var i = 0; i < Pins.Length; i++)
        {
            var p = Pins[i];
            CheckEmployeeDate(errors, $"pins[{i}]", p.Employee, p.Date, ids);
            if (p.Shift is { } s && !codes.Contains(s)) errors.Add(new($"pins[{i}].shift", $"unknown shift code '{s}'"));
        }

        foreach (var duplicate in Pins.GroupBy(p => (p.Employee, p.Date)).Where(g => g.Count() > 1))
            errors.Add(new("pins", $"{duplicate.Key.Employee} on {duplicate.Key.Date:uuuu-MM-dd} is pinned more than once"));

        if (Rules.Get<ForbiddenSuccessionsRule>() is { } fs)
            for (var i = 0; i < fs.Successions.Length; i++)
                foreach (var code in new[] { fs.Successions[i].From, fs.Successions[i].To }.Where(c => !codes.Contains(c)))
                    errors.Add(new($"rules.forbidden-successions[{i}]", $"unknown shift code '{code}'"));
        ValidateCost(errors, ids);
        ValidateHistory(errors, ids, codes);
        if (Rules.Get<DailyRestRule>() is { } rest)
            for (var i = 0; i < rest.Exceptions.Length; i++)
                CheckEmployeeDate(errors, $"rules.daily-rest.exceptions[{i}]", rest.Exceptions[i].Employee, rest.Exceptions[i].Date, ids);
        errors.AddRange(UnitValidation.Errors(this));
        return errors;
    }

    private void ValidateCost(List<ProblemError> errors, HashSet<EmployeeId> ids)
    {
        if (Cost is null)
        {
            if (Rules.Get<CostRule>() is not null) errors.Add(new("rules.cost", "needs the problem's cost section"));
            if (Rules.Get<BudgetRule>() is not null) errors.Add(new("rules.budget", "needs the problem's cost section with a budget"));
            return;
        }

        var listed = new HashSet<EmployeeId>();
        for (var i = 0; i < Cost.Pay.Length; i++)
        {
            var id = Cost.Pay[i].Employee;
            if (!ids.Contains(id)) errors.Add(new($"cost.pay[{i}].employee", $"unknown employee '{id}'"));
            else if (!listed.Add(id)) errors.Add(new($"cost.pay[{i}].employee", $"'{id}' is listed twice"));
        }

        if (Cost.DefaultMonthlyPay is null)
        {
            var missing = Employees.Select(e => e.Id).Where(id => !listed.Contains(id)).ToList();
            if (missing.Count > 0)
                errors.Add(new("cost.pay", $"no monthly pay for {string.Join(", ", missing.Take(5).Select(m => $"'{m}'"))}{(missing.Count > 5 ? $" and {missing.Count - 5} more" : "")} (list them, or give cost.defaultMonthlyPay)"));
        }

        if (Rules.Get<BudgetRule>() is not null && Cost.Budget is null) errors.Add(new("rules.budget", "needs cost.budget"));
    }

    private void ValidateHistory(List<ProblemError> errors, HashSet<EmployeeId> ids, HashSet<ShiftCode> codes)
    {
        if (History.Assignments.Length > History.MaxEntries)
        {
            errors.Add(new("history", $"at most {History.MaxEntries} entries are accepted, got {History.Assignments.Length}"));
            return;
        }

        if (History.Days > History.MaxDays)
            errors.Add(new("history", $"reaches back {History.Days} days before the period; at most {History.MaxDays} are read"));
        var earliest = Period.Start.PlusDays(-Math.Min(History.Days, History.MaxDays));
        var seen = new Dictionary<(EmployeeId, NodaTime.LocalDate), int>();
        for (var i = 0; i < History.Assignments.Length; i++)
        {
            var a = History.Assignments[i];
            if (!ids.Contains(a.Employee)) errors.Add(new($"history[{i}].employee", $"unknown employee '{a.Employee}'"));
            if (!codes.Contains(a.Shift)) errors.Add(new($"history[{i}].shift", $"unknown shift code '{a.Shift}'"));
            if (a.Date >= Period.Start)
                errors.Add(new($"history[{i}].date", $"{a.Date:uuuu-MM-dd} is not before the period (it starts {Period.Start:uuuu-MM-dd})"));
            else if (a.Date < earliest)
                errors.Add(new($"history[{i}].date", $"{a.Date:uuuu-MM-dd} is more than {Math.Min(History.Days, History.MaxDays)} days before the period (at most {History.MaxDays} are read)"));
            if (!seen.TryAdd((a.Employee, a.Date), i))
                errors.Add(new($"history[{i}]", $"{a.Employee} on {a.Date:uuuu-MM-dd} is already in history[{seen[(a.Employee, a.Date)]}]; give one shift per employee and day"));
        }
    }

    private void CheckEmployeeDate(List<ProblemError> errors, string field, EmployeeId employee, NodaTime.LocalDate date, HashSet<EmployeeId> ids)
    {
        if (!ids.Contains(employee)) errors.Add(new($"{field}.employee", $"unknown employee '{employee}'"));
        if (!Period.Contains(date)) errors.Add(new($"{field}.date", $"{date:uuuu-MM-dd} is outside the period"));
    }
}
