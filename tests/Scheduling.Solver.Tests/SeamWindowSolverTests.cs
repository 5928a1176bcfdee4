using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Tests;

/// <summary>
/// The model across the seam for the rules whose window is longer than a period, in both search cores: the history (or
/// the overtime carried from earlier periods of the year) takes wished shifts away that the period alone would grant.
/// </summary>
public class SeamWindowSolverTests
{
    private static readonly SolverOptions Quick = new() { TimeLimit = TimeSpan.FromSeconds(10), Workers = 2 };
    private static readonly ShiftTemplate Night = new(new ShiftCode("N"), new LocalTime(21, 0), Duration.FromHours(10), ShiftKind.Night);
    private static readonly ShiftTemplate Early = new(new ShiftCode("D"), new LocalTime(7, 0), Duration.FromHours(8), ShiftKind.Day);
    private static readonly EmployeeId A = new("A");

    /// <summary>Monday 1 March 2027, a week.</summary>
    private static readonly SchedulePeriod Week = new(new LocalDate(2027, 3, 1), 7, SchedulePeriod.DefaultZone);

    private static RosterProblem Problem(Rule rule, ImmutableArray<Wish> wishes, Employee? employee = null, SchedulePeriod? period = null, params Assignment[] history)
    {
        var p = period ?? Week;
        return new("seam-windows", p, [Night, Early], [employee ?? new Employee(A, "A", new WorkingTimeContract())], new RulePack("p", [rule, new WishesRule()]),
            wishes: wishes, history: History.Covering(p.Start, [.. history]));
    }

    private static ImmutableArray<Wish> Wished(ShiftTemplate template, int days, SchedulePeriod? period = null) =>
        [.. Enumerable.Range(0, days).Select(d => new Wish(A, (period ?? Week).Start.PlusDays(d), WishKind.ShiftOn, template.Code, 5))];

    private static Assignment[] Before(ShiftTemplate template, int from, int to) =>
        [.. Enumerable.Range(from, to - from + 1).Select(n => new Assignment(A, Week.Start.PlusDays(-n), template.Code))];

    private static SolveResult Solved(RosterProblem problem, SolverCore core)
    {
        var result = RosterSolver.Solve(problem, Quick with { Core = core });
        Assert.Equal(SolveStatus.Optimal, result.Status);
        var evaluation = RuleChecker.Evaluate(problem, result.Roster!);
        Assert.True(evaluation.IsFeasible);
        Assert.Equal(evaluation.Penalty, result.Objective);
        return result;
    }

    private static Employee FullTime(Duration? overtimeBefore = null) =>
        new(A, "A", new WorkingTimeContract(new EmploymentRate(100), Duration.FromHours(40)) { OvertimeBeforePeriod = overtimeBefore });

    [Theory]
    [InlineData(SolverCore.Decomposition)]
    [InlineData(SolverCore.Baseline)]
    public void Overtime_over_four_weeks_counts_the_early_shifts_of_the_history(SolverCore core)
    {
        // Full time 40 h a week, 48 h of overtime per 4 weeks (the year's cap far away). Alone, the week may hold 40 h +
        // 12 h: 6 of 7 wished early shifts. After 21 early shifts in the 21 days before (168 h), the 4 weeks leave
        // 160 h + 48 h − 168 h = 40 h: 5 shifts.
        var rule = new OvertimeRule(Duration.FromHours(48), Duration.FromHours(50), false, Duration.FromHours(10_000));
        Assert.Equal(5, Solved(Problem(rule, Wished(Early, 7), FullTime()), core).Objective);

        var result = Solved(Problem(rule, Wished(Early, 7), FullTime(), history: Before(Early, 1, 21)), core);
        Assert.Equal(10, result.Objective);
        Assert.Equal(5, result.Roster!.Assignments.Length);
    }

    [Theory]
    [InlineData(SolverCore.Decomposition)]
    [InlineData(SolverCore.Baseline)]
    public void The_year_cap_leaves_what_the_overtime_carried_from_earlier_periods_has_not_used(SolverCore core)
    {
        // 200 h a year; the 4-week cap (12 h in a week) binds when nothing was worked earlier in the year: 6 shifts.
        // With 198 h carried, 2 h are left: 40 h + 2 h, so 5 shifts.
        var rule = new OvertimeRule(Duration.FromHours(48), Duration.FromHours(50), false, Duration.FromHours(200));
        Assert.Equal(5, Solved(Problem(rule, Wished(Early, 7), FullTime(Duration.Zero)), core).Objective);

        var carried = Problem(rule, Wished(Early, 7), FullTime(Duration.FromHours(198)));
        var result = Solved(carried, core);
        Assert.Equal(10, result.Objective);
        Assert.Equal(5, result.Roster!.Assignments.Length);
    }

    [Theory]
    [InlineData(SolverCore.Decomposition)]
    [InlineData(SolverCore.Baseline)]
    public void Night_work_counts_the_nights_of_the_history_within_the_reference_months(SolverCore core)
    {
        // 8 h per 24 h over 4 months for a night worker. Alone, the week holds 56 h: 5 of 7 wished nights. After 25 nights
        // in the 30 days before (250 h), the window from day −30 leaves 8 h × 37 − 250 h = 46 h: 4 nights.
        var rule = new NightWorkRule(Duration.FromHours(8), 4, 33);
        Assert.Equal(10, Solved(Problem(rule, Wished(Night, 7)), core).Objective);

        var problem = Problem(rule, Wished(Night, 7), history: Before(Night, 6, 30));
        Assert.Equal(30, problem.History.Days);
        var result = Solved(problem, core);
        Assert.Equal(15, result.Objective);
        Assert.Equal(4, result.Roster!.Assignments.Length);
    }

    [Theory]
    [InlineData(SolverCore.Decomposition)]
    [InlineData(SolverCore.Baseline)]
    public void A_weekend_worked_before_the_seam_moves_the_period_weekend_to_the_second(SolverCore core)
    {
        // At most one of the two weekends of 1–14 March; the first Saturday wished at 5, the second at 3. Alone the first
        // is granted; after the weekend of 27–28 February, the first would be two in a row: the second is granted.
        var period = new SchedulePeriod(Week.Start, 14, SchedulePeriod.DefaultZone);
        ImmutableArray<Wish> wishes = [new Wish(A, new LocalDate(2027, 3, 6), WishKind.ShiftOn, Early.Code, 5), new Wish(A, new LocalDate(2027, 3, 13), WishKind.ShiftOn, Early.Code, 3)];
        var rule = new MaxWeekendsRule(1);
        var alone = Solved(Problem(rule, wishes, period: period), core);
        Assert.Equal(3, alone.Objective);
        Assert.Equal(Early.Code, alone.Roster!.ShiftOf(A, new LocalDate(2027, 3, 6)));

        var result = Solved(Problem(rule, wishes, period: period, history: Before(Early, 1, 2)), core);
        Assert.Equal(5, result.Objective);
        Assert.Null(result.Roster!.ShiftOf(A, new LocalDate(2027, 3, 6)));
        Assert.Equal(Early.Code, result.Roster.ShiftOf(A, new LocalDate(2027, 3, 13)));
    }
}
