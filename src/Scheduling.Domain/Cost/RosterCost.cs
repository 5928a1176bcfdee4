namespace Scheduling.Domain.Cost;

/// <summary>The cost of one employee or one day, in whole kronor per kind.</summary>
public sealed record CostSubtotal(ImmutableSortedDictionary<CostKind, long> KronorByKind)
{
    public long Kronor => KronorByKind.Values.Sum();

    public long this[CostKind kind] => KronorByKind.GetValueOrDefault(kind);
}

/// <summary>
/// What a roster costs under the problem's cost model, line by line: each assignment's base pay, OB and autumn
/// extra hour (from <see cref="CostCalculator"/>); each employee's mertid and overtime over the period
/// (<see cref="ExtraHours"/>: beyond the target up to full time, and beyond full time, not counting the autumn
/// extra hour already paid); and, when substitutes are allowed, one substitute per person missing from a demand
/// slot's minimum. Totals are sums of the lines in whole kronor, each line rounded per unit.
/// </summary>
public sealed record RosterCost
{
    private RosterCost(CostModel model, ImmutableArray<CostLine> lines)
    {
        Model = model;
        Lines = lines;
    }

    public CostModel Model { get; }
    public ImmutableArray<CostLine> Lines { get; }

    public long Kronor => Lines.Sum(l => l.WholeKronor);

    public long KronorOf(CostKind kind) => Lines.Where(l => l.Kind == kind).Sum(l => l.WholeKronor);

    public CostSubtotal ByKind => Subtotal(Lines);

    /// <summary>Per employee with any cost, in the order of the problem.</summary>
    public ImmutableArray<(EmployeeId Employee, CostSubtotal Cost)> ByEmployee =>
        [.. Lines.Where(l => l.Employee is not null).GroupBy(l => l.Employee!.Value).Select(g => (g.Key, Subtotal(g)))];

    /// <summary>Per roster day; the period's mertid and overtime have no day and are left out.</summary>
    public ImmutableArray<(LocalDate Date, CostSubtotal Cost)> ByDay =>
        [.. Lines.Where(l => l.Date is not null).GroupBy(l => l.Date!.Value).OrderBy(g => g.Key).Select(g => (g.Key, Subtotal(g)))];

    /// <summary>The unit's budget for the period in kronor, when it has one.</summary>
    public long? Budget => Model.Budget;

    /// <summary>Budget less cost: negative when the roster costs more than the budget.</summary>
    public long? BudgetDifference => Budget is { } b ? b - Kronor : null;

    public static RosterCost Compute(RosterProblem problem, Roster roster)
    {
        var calculator = CostCalculator.For(problem);
        var model = calculator.Model;
        var zone = problem.Period.Zone;
        var valid = roster.Assignments
            .Where(a => problem.EmployeeById.ContainsKey(a.Employee) && problem.TemplateByCode.ContainsKey(a.Shift) && problem.Period.Contains(a.Date))
            .ToList();
        var lines = ImmutableArray.CreateBuilder<CostLine>();
        var byEmployee = valid.ToLookup(a => a.Employee);
        foreach (var employee in problem.Employees)
        {
            var own = byEmployee[employee.Id].OrderBy(a => a.Date).ToList();
            foreach (var a in own) lines.AddRange(calculator.PriceAssignment(a.Employee, a.Date, problem.TemplateByCode[a.Shift]));
            AddExtraHours(lines, problem, model, employee, own);
        }

        if (calculator.SubstituteSlot(problem.DemandCurve.SlotLength) is { } perSlot)
            AddSubstitutes(lines, problem, valid, perSlot);
        return new RosterCost(model, lines.ToImmutable());
    }

    private static void AddExtraHours(ImmutableArray<CostLine>.Builder lines, RosterProblem problem, CostModel model, Employee employee, List<Assignment> own)
    {
        if (ExtraHours.Of(problem, employee, own) is not { } extra) return;
        var mertid = (long)extra.Mertid.TotalMinutes;
        var overtime = (long)extra.Overtime.TotalMinutes;
        if (mertid > 0)
        {
            var rate = model.SupplementRate(employee.Id, model.AdditionalHoursPercent);
            lines.Add(new CostLine(CostKind.AdditionalHours, employee.Id, null, mertid, Money.For(mertid, rate), 1,
                $"mertid {CostCalculator.Hours(mertid)} beyond the target at {model.AdditionalHoursPercent:0.##} % ({rate} above base)"));
        }

        if (overtime > 0)
        {
            var rate = model.SupplementRate(employee.Id, model.OvertimePercent);
            lines.Add(new CostLine(CostKind.Overtime, employee.Id, null, overtime, Money.For(overtime, rate), 1,
                $"overtime {CostCalculator.Hours(overtime)} beyond full time at {model.OvertimePercent:0.##} % ({rate} above base)"));
        }
    }

    private static void AddSubstitutes(ImmutableArray<CostLine>.Builder lines, RosterProblem problem, List<Assignment> valid, Money perSlot)
    {
        var zone = problem.Period.Zone;
        var curve = problem.DemandCurve;
        var slotMinutes = (long)curve.SlotLength.TotalMinutes;
        // By unit and start date: a shift lasts at most 24 h, so only those starting from the day before a slot can reach it.
        var shifts = valid.Select(a => (a.Employee, a.Date, Interval: problem.TemplateByCode[a.Shift].IntervalOn(a.Date, zone), Unit: Units.UnitPlacement.UnitOf(problem, a)))
            .ToLookup(s => (s.Unit, s.Date));
        foreach (var slot in curve.Slots.Where(s => s.Minimum > 0))
        {
            var interval = curve.IntervalOf(slot);
            var unit = Units.UnitPlacement.UnitOf(problem, slot);
            var first = interval.Start.InZone(zone).Date.PlusDays(-1);
            var last = interval.End.InZone(zone).Date;
            var present = 0;
            for (var date = first; date <= last; date = date.PlusDays(1))
                present += shifts[(unit, date)].Count(s => s.Interval.Start < interval.End && interval.Start < s.Interval.End &&
                    (slot.Competence is not { } c || problem.EmployeeById[s.Employee].HoldsOn(c, s.Date, unit)));
            var missing = slot.Minimum - present;
            if (missing <= 0) continue;
            var local = slot.Start.InZone(zone);
            lines.Add(new CostLine(CostKind.Substitutes, null, local.Date, missing * slotMinutes, perSlot, missing,
                $"{missing} substitute(s) {local:HH:mm}{(unit is { } u ? $" at {u}" : "")} {(slot.Competence is { } comp ? comp.Value : "staff")}: {present} present, minimum {slot.Minimum}"));
        }
    }

    private static CostSubtotal Subtotal(IEnumerable<CostLine> lines) =>
        new(lines.GroupBy(l => l.Kind).ToImmutableSortedDictionary(g => g.Key, g => g.Sum(l => l.WholeKronor)));
}
