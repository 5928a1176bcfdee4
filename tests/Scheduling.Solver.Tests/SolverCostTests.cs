using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Tests;

/// <summary>The cost and budget rules in the model: exact agreement with the checker, and what the solver does with them.</summary>
public class SolverCostTests
{
    private static readonly DateTimeZone Stockholm = SchedulePeriod.DefaultZone;
    private static readonly SolverOptions Quick = new() { TimeLimit = TimeSpan.FromSeconds(10), Workers = 2 };
    private static readonly EmployeeId Anna = new("anna");
    private static readonly EmployeeId Bo = new("bo");
    private static readonly ShiftTemplate Day = new(new ShiftCode("D"), new LocalTime(7, 0), Duration.FromHours(8), ShiftKind.Day);
    private static readonly ShiftTemplate Evening = new(new ShiftCode("E"), new LocalTime(14, 0), Duration.FromHours(8), ShiftKind.Evening);
    private static readonly ShiftTemplate Night = new(new ShiftCode("N"), new LocalTime(21, 0), Duration.FromHours(10), ShiftKind.Night);

    // Anna 33 000 kr/month → 200.00 kr/h, with fees 1.4: 280.00; Bo 29 700 → 180.00, 252.00 (as in the domain's RosterCostTests).
    private static CostModel Model(long? budget = null, SubstituteCost? substitutes = null, bool bo = false) =>
        new("test", "hand-computed", bo ? [new EmployeePay(Anna, 33_000m), new EmployeePay(Bo, 29_700m)] : [new EmployeePay(Anna, 33_000m)], 1.4m,
            additionalHoursPercent: 135m, budget: budget, substitutes: substitutes);

    private static Employee Bounds(EmployeeId id) => new(id, id.Value, new WorkingTimeContract(minimumTotal: Duration.Zero, maximumTotal: Duration.FromHours(40)));

    private static RosterProblem Pinned(SchedulePeriod period, ImmutableArray<Employee> employees, CostModel model, ImmutableArray<Pin> pins, params Rule[] rules) =>
        new("cost", period, [Day, Evening, Night], employees, new RulePack("p", [new PinsRule(), .. rules]), pins: pins, cost: model);

    private static ImmutableArray<Pin> PinAll(SchedulePeriod period, ImmutableArray<Employee> employees, params (EmployeeId Employee, LocalDate Date, ShiftCode Shift)[] shifts) =>
        [.. employees.SelectMany(e => period.Dates.Select(d =>
            new Pin(e.Id, d, shifts.Where(s => s.Employee == e.Id && s.Date == d).Select(s => (ShiftCode?)s.Shift).FirstOrDefault())))];

    private static (SolveResult Result, Evaluation Check) Solve(RosterProblem problem, SolverOptions? options = null)
    {
        var result = RosterSolver.Solve(problem, options ?? Quick);
        return (result, RuleChecker.Evaluate(problem, result.Roster ?? Roster.Empty));
    }

    [Fact]
    public void Model_objective_equals_the_hand_computed_cost_of_a_pinned_roster()
    {
        // The domain's hand-computed roster: Anna E Tuesday, N Friday; Bo (10 % of 40 h) D Saturday. OB 1 942 kr,
        // Bo's mertid 353 kr, base 7 056 kr, all 9 351 kr. Cost weight 2 on the default kinds: 2 × 2 295 = 4 590;
        // a soft budget of 9 000 at 1 per krona over adds 351.
        var period = new SchedulePeriod(new LocalDate(2026, 1, 12), 7, Stockholm);
        ImmutableArray<Employee> staff = [Bounds(Anna), new(Bo, "bo", new WorkingTimeContract(new EmploymentRate(10), Duration.FromHours(40)))];
        var pins = PinAll(period, staff, (Anna, new LocalDate(2026, 1, 13), Evening.Code), (Anna, new LocalDate(2026, 1, 16), Night.Code), (Bo, new LocalDate(2026, 1, 17), Day.Code));
        var problem = Pinned(period, staff, Model(budget: 9000, bo: true), pins, new CostRule(2), new BudgetRule() with { Enforcement = Enforcement.Soft(1) });

        var (result, check) = Solve(problem);

        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(4590 + 351, result.Objective);
        Assert.Equal(result.Objective, check.Penalty);
        Assert.Equal(4590, check.PenaltyByRule[RuleIds.Cost]);
        Assert.Equal(351, check.PenaltyByRule[RuleIds.Budget]);
    }

    [Fact]
    public void Autumn_night_and_overtime_agree_with_the_hand_computed_cost()
    {
        // Anna at 100 % of 10 h a week: D Tuesday 20 October, N Saturday 24 October (11 h real). Every kind counted:
        // base 2 240 + 3 080, OB 191 + 877, the autumn hour 224, overtime 8 h × 224.00 = 1 792: 8 404 kr.
        var period = new SchedulePeriod(new LocalDate(2026, 10, 19), 7, Stockholm);
        ImmutableArray<Employee> staff = [new(Anna, "anna", new WorkingTimeContract(new EmploymentRate(100), Duration.FromHours(10)))];
        var pins = PinAll(period, staff, (Anna, new LocalDate(2026, 10, 20), Day.Code), (Anna, new LocalDate(2026, 10, 24), Night.Code));
        var problem = Pinned(period, staff, Model(), pins, new CostRule(1, [.. Enum.GetValues<CostKind>()]));

        var (result, check) = Solve(problem);

        Assert.Equal(8404, result.Objective);
        Assert.Equal(8404, check.Penalty);
    }

    [Fact]
    public void Half_a_krona_rounds_up_in_the_model_as_in_the_checker()
    {
        // 16 500 kr/month ÷ 165 = 100.00 kr/h, no fees; overtime at 250 % is 150.00 kr/h above base. Full time is
        // 479 minutes in the week, the shift 480: one minute of overtime, 2.50 kr, weighed as 3.
        var period = new SchedulePeriod(new LocalDate(2026, 1, 12), 7, Stockholm);
        ImmutableArray<Employee> staff = [new(Anna, "anna", new WorkingTimeContract(new EmploymentRate(100), Duration.FromMinutes(479)))];
        var model = new CostModel("t", "t", [new EmployeePay(Anna, 16_500m)], 1m, overtimePercent: 250m);
        var problem = Pinned(period, staff, model, PinAll(period, staff, (Anna, new LocalDate(2026, 1, 13), Day.Code)), new CostRule(1, [CostKind.Overtime]));

        var (result, check) = Solve(problem);

        Assert.Equal(3, result.Objective);
        Assert.Equal(3, check.Penalty);
        Assert.Equal(2.50m, Assert.Single(RosterCost.Compute(problem, result.Roster!).Lines, l => l.Kind == CostKind.Overtime).Amount.Kronor);
    }

    /// <summary>
    /// One person must be present 15:00–19:00 on a Tuesday. A 11:00–19:00 shift and a 15:00–23:00 shift both cover
    /// it; the late one has 3 h weekday evening and 1 h night OB. With the cost rule the solver takes the early one.
    /// </summary>
    [Fact]
    public void Solver_moves_work_out_of_OB_time_when_coverage_allows()
    {
        var period = new SchedulePeriod(new LocalDate(2026, 1, 13), 1, Stockholm);
        var early = new ShiftTemplate(new ShiftCode("M"), new LocalTime(11, 0), Duration.FromHours(8), ShiftKind.Day);
        var late = new ShiftTemplate(new ShiftCode("K"), new LocalTime(15, 0), Duration.FromHours(8), ShiftKind.Evening);
        var at = (int h) => new LocalDateTime(2026, 1, 13, h, 0).InZoneLeniently(Stockholm).ToInstant();
        var need = new DemandCurve(Duration.FromHours(1), [.. Enumerable.Range(15, 4).Select(h => new DemandSlot(at(h), null, 1, 1))]);
        RosterProblem Problem(DemandCurve curve, params Rule[] rules) =>
            new("ob", period, [late, early], [Bounds(Anna)], new RulePack("p", [new DemandMinimumRule(), .. rules]), demandCurve: curve, cost: Model());

        var withCost = RosterSolver.Solve(Problem(need, new CostRule()), Quick);
        Assert.Equal(SolveStatus.Optimal, withCost.Status);
        Assert.Equal(early.Code, Assert.Single(withCost.Roster!.Assignments).Shift);
        Assert.Equal(0, withCost.Objective);

        // The late shift's OB: evening 19–22 3 h × 36.96 = 110.88 → 111, night 22–23 1 h × 81.76 → 82.
        var lateRoster = new Roster([new Assignment(Anna, period.Start, late.Code)]);
        Assert.Equal(111 + 82, RuleChecker.Evaluate(Problem(need, new CostRule()), lateRoster).Penalty);

        // When the need reaches 20:00 only the late shift covers it: coverage comes first, the OB is paid.
        var evening = new DemandCurve(Duration.FromHours(1), [.. need.Slots, new DemandSlot(at(20), null, 1, 1)]);
        var covered = RosterSolver.Solve(Problem(evening, new CostRule()), Quick);
        Assert.Equal(late.Code, Assert.Single(covered.Roster!.Assignments).Shift);
        Assert.Equal(111 + 82, covered.Objective);
    }

    [Fact]
    public void Substitutes_are_priced_when_the_minimum_is_not_met()
    {
        // Need 2 people 07:00–09:00 (four 30-minute slots), only Anna: one substitute per slot at 300.00 kr/h = 150 kr.
        var period = new SchedulePeriod(new LocalDate(2026, 1, 13), 1, Stockholm);
        var at = (int m) => new LocalDateTime(2026, 1, 13, 7, 0).PlusMinutes(m).InZoneLeniently(Stockholm).ToInstant();
        var need = new DemandCurve(Duration.FromMinutes(30), [.. Enumerable.Range(0, 4).Select(i => new DemandSlot(at(30 * i), null, 2, 2))]);
        var problem = new RosterProblem("subs", period, [Day], [Bounds(Anna)], new RulePack("p", [new DemandMinimumRule(level: Enforcement.Soft(1000)), new CostRule()]),
            demandCurve: need, cost: Model(substitutes: new SubstituteCost(250m, 20m)));

        var (result, check) = Solve(problem);

        Assert.Single(result.Roster!.Assignments);
        Assert.Equal((4 * 1000) + (4 * 150), result.Objective);
        Assert.Equal(4 * 150, check.PenaltyByRule[RuleIds.Cost]);
    }

    [Fact]
    public void A_hard_budget_caps_the_roster()
    {
        // Two people wanted 07:00–15:00 on a Tuesday (16 half hours); each D costs 2 240 (Anna) or 2 016 (Bo) in base pay.
        var period = new SchedulePeriod(new LocalDate(2026, 1, 13), 1, Stockholm);
        var at = (int m) => new LocalDateTime(2026, 1, 13, 7, 0).PlusMinutes(m).InZoneLeniently(Stockholm).ToInstant();
        var need = new DemandCurve(Duration.FromMinutes(30), [.. Enumerable.Range(0, 16).Select(i => new DemandSlot(at(30 * i), null, 2, 2))]);
        RosterProblem Problem(long budget) => new("budget", period, [Day], [Bounds(Anna), Bounds(Bo)],
            new RulePack("p", [new DemandMinimumRule(), new CostRule(), new BudgetRule()]), demandCurve: need, cost: Model(budget: budget, bo: true));

        var roomy = RosterSolver.Solve(Problem(5000), Quick);
        Assert.Equal(2, roomy.Roster!.Assignments.Length);
        Assert.Equal(0, roomy.Objective);

        // 3 000 kr pays for one of them: the cheaper Bo works, the other half of the need stays short.
        var tight = RosterSolver.Solve(Problem(3000), Quick);
        Assert.Equal(SolveStatus.Optimal, tight.Status);
        Assert.Equal(Bo, Assert.Single(tight.Roster!.Assignments).Employee);
        Assert.Equal(16 * 1000, tight.Objective);
        Assert.True(tight.Evaluation!.IsFeasible);
    }

    [Fact]
    public void A_budget_below_a_pinned_shift_is_a_named_conflict()
    {
        var period = new SchedulePeriod(new LocalDate(2026, 1, 13), 1, Stockholm);
        var problem = new RosterProblem("budget", period, [Day], [Bounds(Anna)], new RulePack("p", [new PinsRule(), new BudgetRule()]),
            pins: [new Pin(Anna, period.Start, Day.Code)], cost: Model(budget: 1000));

        var result = RosterSolver.Solve(problem, Quick);

        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.Contains(result.Conflicts, c => c.RuleId == RuleIds.Budget);
        Assert.Contains(result.Conflicts, c => c.RuleId == RuleIds.Pins);
        // The least-bad roster breaks the pin (1 unit) rather than the budget by 1 240 kr.
        Assert.Empty(result.Roster!.Assignments);
    }
}
