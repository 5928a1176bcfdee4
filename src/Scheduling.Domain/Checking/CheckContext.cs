namespace Scheduling.Domain.Checking;

/// <summary>An assignment with its template and real interval, as the checker sees it.</summary>
internal sealed record CheckedShift(Assignment Assignment, ShiftTemplate Template, int DayIndex, Interval Interval)
{
    public LocalDate Date => Assignment.Date;

    /// <summary>The unit the shift is worked at, in a problem that plans several units; null in a problem of one unit.</summary>
    public UnitId? Unit { get; init; }
}

/// <summary>The problem and roster indexed for the checks: each employee's shifts in time order, and days worked.</summary>
internal sealed class CheckContext
{
    public CheckContext(RosterProblem problem, Roster roster, List<Violation> shapeErrors)
    {
        Problem = problem;
        var byEmployee = problem.Employees.ToDictionary(e => e.Id, _ => new List<CheckedShift>());
        foreach (var a in roster.Assignments)
        {
            var day = problem.Period.IndexOf(a.Date);
            if (!byEmployee.TryGetValue(a.Employee, out var list) || !problem.TemplateByCode.TryGetValue(a.Shift, out var template) || day < 0 ||
                (a.Unit is { } unit && !Units.UnitPlacement.HasUnit(problem, unit)))
            {
                shapeErrors.Add(new Violation(Rules.RuleIds.RosterShape, Rules.RuleRegistry.Source(Rules.RuleIds.RosterShape, null, Reporting.ReportLanguage.Swedish), true, null, [a.Date], 1, 0,
                    $"assignment {a.Employee} {a.Shift} on {a.Date:uuuu-MM-dd} names an unknown employee, shift or unit, or a date outside the period")
                {
                    SwedishMessage = $"passet {a.Employee} {a.Shift} {a.Date:uuuu-MM-dd} har en okänd medarbetare, ett okänt pass eller en okänd enhet, eller ett datum utanför perioden",
                });
                continue;
            }

            list.Add(new CheckedShift(a, template, day, template.IntervalOn(a.Date, problem.Period.Zone)) { Unit = Units.UnitPlacement.UnitOf(problem, a) });
        }

        Shifts = byEmployee.ToImmutableDictionary(kv => kv.Key, kv => kv.Value.OrderBy(s => s.Interval.Start).ToImmutableArray());
        Worked = Shifts.ToImmutableDictionary(kv => kv.Key, kv =>
        {
            var days = new bool[problem.Period.Days];
            foreach (var s in kv.Value) days[s.DayIndex] = true;
            return days;
        });

        // The problem has checked its history: known employees and shifts, dates in the days it covers.
        HistoryDays = Math.Min(problem.History.Days, History.MaxDays);
        var before = problem.Employees.ToDictionary(e => e.Id, _ => new List<CheckedShift>());
        foreach (var a in problem.History.Assignments)
            if (before.TryGetValue(a.Employee, out var list) && problem.TemplateByCode.TryGetValue(a.Shift, out var template))
                list.Add(new CheckedShift(a, template, NodaTime.Period.DaysBetween(problem.Period.Start, a.Date), template.IntervalOn(a.Date, problem.Period.Zone)));
        HistoryShifts = before.ToImmutableDictionary(kv => kv.Key, kv => kv.Value.OrderBy(s => s.Interval.Start).ToImmutableArray());
    }

    /// <summary>How many days before the period the history covers: day indexes −<see cref="HistoryDays"/> to −1.</summary>
    public int HistoryDays { get; }

    /// <summary>Each employee's shifts before the period (negative day indexes), ordered by start.</summary>
    public ImmutableDictionary<EmployeeId, ImmutableArray<CheckedShift>> HistoryShifts { get; }

    /// <summary>An employee's shifts of the history and the period, ordered by start: what the rules across the seam look at.</summary>
    public ImmutableArray<CheckedShift> ShiftsAcrossSeam(EmployeeId employee) =>
        HistoryShifts[employee].IsEmpty ? Shifts[employee] : HistoryShifts[employee].AddRange(Shifts[employee]);

    /// <summary>
    /// An employee's worked days from the first day of history: index <see cref="HistoryDays"/> + d is day d of the period
    /// (so index 0 is the earliest day of history, or the period's first day when there is none).
    /// </summary>
    public bool[] WorkedAcrossSeam(EmployeeId employee)
    {
        if (HistoryDays == 0) return Worked[employee];
        var days = new bool[HistoryDays + Period.Days];
        foreach (var s in HistoryShifts[employee]) days[HistoryDays + s.DayIndex] = true;
        Worked[employee].CopyTo(days, HistoryDays);
        return days;
    }

    /// <summary>The date of a day index counted from the first day of history (see <see cref="WorkedAcrossSeam"/>).</summary>
    public LocalDate DateAcrossSeam(int index) => Period.Start.PlusDays(index - HistoryDays);

    public RosterProblem Problem { get; }

    /// <summary>All shifts by their start date, for looking up who is present at a time.</summary>
    public ILookup<LocalDate, (EmployeeId Employee, CheckedShift Shift)> ShiftsByDate =>
        shiftsByDate ??= Shifts.SelectMany(kv => kv.Value.Select(s => (kv.Key, s))).ToLookup(x => x.s.Date);

    private ILookup<LocalDate, (EmployeeId, CheckedShift)>? shiftsByDate;
    public SchedulePeriod Period => Problem.Period;

    /// <summary>Each employee's shifts ordered by start.</summary>
    public ImmutableDictionary<EmployeeId, ImmutableArray<CheckedShift>> Shifts { get; }

    /// <summary>Each employee's worked days: true when a shift starts on that day.</summary>
    public ImmutableDictionary<EmployeeId, bool[]> Worked { get; }

    /// <summary>A violation of <paramref name="rule"/>, its message in Swedish (the users' language) and English.</summary>
    public static Violation Broken(Rules.Rule rule, EmployeeId? employee, IEnumerable<LocalDate> dates, long units, string swedish, string english) =>
        new(rule.Id, Rules.RuleRegistry.SourceOf(rule), rule.Enforcement.IsHard, employee, [.. dates.Distinct().Order()], units,
            rule.Enforcement.IsHard ? 0 : checked(units * rule.Enforcement.Weight), english)
        {
            SwedishMessage = swedish,
        };

    public static string Day(LocalDate date) => date.ToString("uuuu-MM-dd", null);

    /// <summary>A length of working time as a violation's message shows it: "37 h 05 min".</summary>
    public static string Hours(long minutes) => $"{minutes / 60} h {minutes % 60:00} min";

    /// <summary>
    /// The reference windows of a rule that averages over <paramref name="length"/> (weeks or months): one each
    /// <paramref name="length"/> from the period's first day, the last cut at the period's end; the first reaches back into
    /// the history up to its full length, as far as the history goes.
    /// </summary>
    public IEnumerable<ReferenceWindow> ReferenceWindows(NodaTime.Period length)
    {
        var known = Period.Start.PlusDays(-HistoryDays);
        for (var from = Period.Start; from < Period.End; from = from.Plus(length))
        {
            var end = from.Plus(length);
            if (end > Period.End) end = Period.End;
            var reach = end.Minus(length);
            yield return new ReferenceWindow(from != Period.Start ? from : reach > known ? reach : known, end);
        }
    }
}
