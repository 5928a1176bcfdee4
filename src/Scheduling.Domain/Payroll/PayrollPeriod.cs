using Scheduling.Domain.Cost;

namespace Scheduling.Domain.Payroll;

/// <summary>
/// What payroll needs from a roster for one schedule period: per employee and day the hours worked, OB time per
/// window of the OB table, the autumn hour's overtime and absence, and per employee the period's mertid and
/// övertid. The figures are the cost model's (<see cref="CostCalculator"/>, <see cref="ExtraHours"/>) in time
/// rather than kronor; a problem without a cost model is measured against the default OB table.
/// </summary>
public sealed record PayrollPeriod
{
    public PayrollPeriod(string name, SchedulePeriod period, UnsocialHoursTable unsocialHours, ImmutableArray<PayrollEmployee> employees)
    {
        Name = name ?? "";
        Period = period ?? throw new DomainException("a payroll period needs its schedule period");
        UnsocialHours = unsocialHours ?? throw new DomainException("a payroll period needs its OB table");
        Employees = employees.IsDefault ? [] : employees;
        foreach (var day in Employees.SelectMany(e => e.Days).Where(d => !period.Contains(d.Date)))
            throw new DomainException($"payroll day {day.Date:uuuu-MM-dd} is outside the period");
        if (Employees.Any(e => e.UnsocialHours.Length != UnsocialHours.Windows.Length))
            throw new DomainException($"payroll figures must hold one OB figure for each of the {UnsocialHours.Windows.Length} windows");
    }

    /// <summary>The problem's name (the unit and period as the planner called it).</summary>
    public string Name { get; }

    public SchedulePeriod Period { get; }

    /// <summary>The OB table whose windows each day's and each total's OB figures follow, in order.</summary>
    public UnsocialHoursTable UnsocialHours { get; }

    /// <summary>Every employee of the problem, in its order, those without a shift included.</summary>
    public ImmutableArray<PayrollEmployee> Employees { get; }

    /// <summary>
    /// The payroll figures of <paramref name="roster"/>. Fails on an assignment the problem cannot place (an
    /// unknown employee or shift, a date outside the period) rather than leave hours out of someone's pay.
    /// </summary>
    public static PayrollPeriod Compute(RosterProblem problem, Roster roster)
    {
        foreach (var a in roster.Assignments)
            if (!problem.EmployeeById.ContainsKey(a.Employee) || !problem.TemplateByCode.ContainsKey(a.Shift) || !problem.Period.Contains(a.Date))
                throw new DomainException($"the roster's assignment of {a.Employee} to {a.Shift} on {a.Date:uuuu-MM-dd} is not in problem '{problem.Name}' (employee, shift or date)");

        var calculator = problem.Cost is null
            ? new CostCalculator(new CostModel("payroll", "no cost model: OB time under the default table", [], 1m), problem.Period.Zone)
            : CostCalculator.For(problem);
        var table = calculator.Model.UnsocialHours;
        var absent = problem.Unavailability.ToLookup(u => u.Employee, u => u.Date);
        var byEmployee = roster.Assignments.ToLookup(a => a.Employee);
        var days = problem.Period.Days;
        var employees = problem.Employees.Select(employee =>
        {
            var own = byEmployee[employee.Id].ToList();
            var extra = ExtraHours.Of(problem, employee, own);
            return new PayrollEmployee(employee.Id, employee.Name, Days(problem, calculator, own, absent[employee.Id].ToHashSet()), table.Windows.Length,
                employee.Contract.TargetFor(days), employee.Contract.FullTimeFor(days), extra?.Mertid ?? Duration.Zero, extra?.Overtime ?? Duration.Zero);
        });
        return new PayrollPeriod(problem.Name, problem.Period, table, [.. employees]);
    }

    private static ImmutableArray<PayrollDay> Days(RosterProblem problem, CostCalculator calculator, List<Assignment> own, HashSet<LocalDate> absent)
    {
        var windows = calculator.Model.UnsocialHours.Windows.Length;
        var shiftsByDate = own.ToLookup(a => a.Date, a => problem.TemplateByCode[a.Shift]);
        return [.. shiftsByDate.Select(g => g.Key).Union(absent).Order().Select(date =>
        {
            var templates = shiftsByDate[date].OrderBy(t => t.Start).ThenBy(t => t.Code.Value, StringComparer.Ordinal).ToList();
            var minutes = templates.Select(t => calculator.MinutesOf(date, t)).ToList();
            return new PayrollDay(
                date,
                [.. templates.Select(t => t.Code)],
                Duration.FromMinutes(minutes.Sum(m => m.WorkingMinutes)),
                [.. Enumerable.Range(0, windows).Select(w => Duration.FromMinutes(minutes.Sum(m => m.UnsocialMinutesByWindow[w])))],
                Duration.FromMinutes(minutes.Sum(m => m.ExtraMinutes)),
                absent.Contains(date) ? AbsenceKind.Unavailable : null);
        })];
    }
}
