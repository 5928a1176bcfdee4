using Scheduling.Domain.Cost;
using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Cost;

/// <summary>
/// A roster's cost computed by hand. Rates: Anna 33 000 kr/month ÷ 165 = 200.00 kr/h, × social fees 1.4 =
/// 280.00 kr/h; Bo 29 700 ÷ 165 = 180.00 kr/h, × 1.4 = 252.00 kr/h. OB × 1.4: weekday evening 26.40 → 36.96,
/// weekend 68.10 → 95.34, night before a weekend 78.30 → 109.62 kr/h.
/// </summary>
public class RosterCostTests
{
    private static readonly LocalDate Monday12 = new(2026, 1, 12);

    private static CostModel Model(SubstituteCost? substitutes = null, long? budget = null, bool cecilia = false) =>
        new("test-1", "hand-computed", cecilia ? [new EmployeePay(Cecilia, 33_000m)] : [new EmployeePay(Anna, 33_000m), new EmployeePay(Bo, 29_700m)], 1.4m,
            additionalHoursPercent: 135m, substitutes: substitutes, budget: budget);

    // Anna on explicit bounds: no target, so no mertid or overtime. Bo at 10 % of 40 h: a target of 4 h in the week.
    private static ProblemBuilder Week(params Rule[] rules) => Problem(rules)
        .Period(Monday12, 7)
        .Employees(
            Person(Anna, new WorkingTimeContract(minimumTotal: Duration.Zero, maximumTotal: Duration.FromHours(40))),
            Person(Bo, new WorkingTimeContract(new EmploymentRate(10), Duration.FromHours(40))))
        .Cost(Model());

    private static readonly Roster SmallRoster = RosterOf(
        Works(Anna, new LocalDate(2026, 1, 13), Evening),  // Tuesday 14–22
        Works(Anna, new LocalDate(2026, 1, 16), Night),    // Friday 21 → Saturday 07
        Works(Bo, new LocalDate(2026, 1, 17), Day));       // Saturday 07–15

    [Fact]
    public void Hand_computed_cost_of_a_small_roster()
    {
        var cost = RosterCost.Compute(Week().Build(), SmallRoster);

        // Anna, Tuesday E 14–22: base 8 h × 280.00 = 2 240.00; weekday evening 19–22 3 h × 36.96 = 110.88 → 111.
        // Anna, Friday N 21–07: base 10 h × 280.00 = 2 800.00; weekend 21–22 and 06–07 2 h × 95.34 = 190.68 → 191;
        //   night before a weekend 22–06 8 h × 109.62 = 876.96 → 877.
        // Bo, Saturday D 07–15: base 8 h × 252.00 = 2 016.00; weekend 8 h × 95.34 = 762.72 → 763.
        // Bo's mertid: 8 h worked − 4 h target = 4 h at 135 %: the 35 % above base, 180.00 × 0.35 × 1.4 = 88.20 kr/h,
        //   × 4 h = 352.80 → 353.
        Assert.Equal(2240 + 2800 + 2016, cost.KronorOf(CostKind.Base));
        Assert.Equal(111 + 191 + 877 + 763, cost.KronorOf(CostKind.UnsocialHours));
        Assert.Equal(353, cost.KronorOf(CostKind.AdditionalHours));
        Assert.Equal(0, cost.KronorOf(CostKind.Overtime));
        Assert.Equal(9351, cost.Kronor);
        Assert.Equal(9350.04m, cost.Lines.Sum(l => l.Amount.Kronor));

        var weekend = Assert.Single(cost.Lines, l => l.Employee == Bo && l.Kind == CostKind.UnsocialHours);
        Assert.Equal(480, weekend.Minutes);
        Assert.Equal(762.72m, weekend.Amount.Kronor);
        Assert.Equal(new LocalDate(2026, 1, 17), weekend.Date);

        var byEmployee = cost.ByEmployee.ToDictionary(x => x.Employee, x => x.Cost);
        Assert.Equal(2240 + 111 + 2800 + 191 + 877, byEmployee[Anna].Kronor);
        Assert.Equal(2016 + 763 + 353, byEmployee[Bo].Kronor);
        var byDay = cost.ByDay.ToDictionary(x => x.Date, x => x.Cost.Kronor);
        Assert.Equal(2351, byDay[new LocalDate(2026, 1, 13)]);
        Assert.Equal(3868, byDay[new LocalDate(2026, 1, 16)]);
        Assert.Equal(2779, byDay[new LocalDate(2026, 1, 17)]); // mertid belongs to the period, not a day
        Assert.Null(cost.Budget);
    }

    [Fact]
    public void Overtime_beyond_full_time_and_the_autumn_hour()
    {
        // Cecilia at 100 % of 10 h a week: target and full time 10 h. Tuesday 20 October D 07–15 (8 h) and the night
        // Saturday 24 October 21:00 → Sunday 07:00, 11 h real across the autumn change.
        var problem = Problem().Period(new LocalDate(2026, 10, 19), 7)
            .Employees(Person(Cecilia, new WorkingTimeContract(new EmploymentRate(100), Duration.FromHours(10))))
            .Cost(Model(cecilia: true)).Build();
        var cost = RosterCost.Compute(problem, RosterOf(Works(Cecilia, new LocalDate(2026, 10, 20), Day), Works(Cecilia, new LocalDate(2026, 10, 24), Night)));

        // Base: 8 h + 11 h real, × 280.00 = 2 240.00 + 3 080.00.
        // The night's OB: weekend 21–22 and 06–07, 2 h × 95.34 = 190.68 → 191; night before a weekend 22–06 is 9 h real,
        //   less the extra hour paid as overtime instead: 8 h × 109.62 = 876.96 → 877.
        // The extra hour at 180 %: 80 % above base, 200.00 × 0.8 × 1.4 = 224.00 kr/h → 224.
        // Overtime: 8 h + 10 h counted (the extra hour is already paid) − 10 h full time = 8 h × 224.00 = 1 792.00.
        Assert.Equal(2240 + 3080, cost.KronorOf(CostKind.Base));
        Assert.Equal(191 + 877, cost.KronorOf(CostKind.UnsocialHours));
        Assert.Equal(224 + 1792, cost.KronorOf(CostKind.Overtime));
        Assert.Equal(0, cost.KronorOf(CostKind.AdditionalHours));
        Assert.Equal(8404, cost.Kronor);
        var extraHour = Assert.Single(cost.Lines, l => l.Kind == CostKind.Overtime && l.Date is not null);
        Assert.Equal(60, extraHour.Minutes);
        Assert.Equal(480, Assert.Single(cost.Lines, l => l.Kind == CostKind.Overtime && l.Date is null).Minutes);
    }

    [Fact]
    public void Spring_night_pays_its_nine_real_hours()
    {
        var problem = Problem().Period(new LocalDate(2026, 3, 23), 7)
            .Employees(Person(Anna, new WorkingTimeContract(minimumTotal: Duration.Zero, maximumTotal: Duration.FromHours(40))))
            .Cost(new CostModel("v", "s", [new EmployeePay(Anna, 33_000m)], 1.4m)).Build();
        var cost = RosterCost.Compute(problem, RosterOf(Works(Anna, new LocalDate(2026, 3, 28), Night)));

        // 9 h × 280.00 = 2 520.00; weekend 2 h × 95.34 = 190.68 → 191; night before a weekend 7 h × 109.62 = 767.34 → 767.
        Assert.Equal(2520, cost.KronorOf(CostKind.Base));
        Assert.Equal(191 + 767, cost.KronorOf(CostKind.UnsocialHours));
        Assert.Equal(0, cost.KronorOf(CostKind.Overtime));
    }

    [Fact]
    public void Substitutes_fill_the_minimum_when_allowed()
    {
        // Tuesday 13 January: minimum 2 staff 08:00–09:00 (two 30-minute slots) and 1 "med" at 09:00; Anna works D, holds no "med".
        // A substitute costs 250.00 × 1.20 = 300.00 kr/h, 150.00 per slot: 1 missing in each of three slots = 450.
        var at = (int h, int m) => new LocalDateTime(2026, 1, 13, h, m).InZoneLeniently(Stockholm).ToInstant();
        var curve = new DemandCurve(Duration.FromMinutes(30),
        [
            new DemandSlot(at(8, 0), null, 2, 2),
            new DemandSlot(at(8, 30), null, 2, 3),
            new DemandSlot(at(9, 0), new CompetenceId("med"), 1, 1),
            new DemandSlot(at(9, 30), null, 1, 2),
        ]);
        var builder = Week().Curve(curve);
        var roster = RosterOf(Works(Anna, new LocalDate(2026, 1, 13), Day));

        var without = RosterCost.Compute(builder.Build(), roster);
        Assert.Equal(0, without.KronorOf(CostKind.Substitutes));

        var with = RosterCost.Compute(builder.Cost(Model(substitutes: new SubstituteCost(250m, 20m))).Build(), roster);
        var lines = with.Lines.Where(l => l.Kind == CostKind.Substitutes).ToList();
        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.Equal(150.00m, l.UnitAmount.Kronor));
        Assert.Equal(450, with.KronorOf(CostKind.Substitutes));
        Assert.All(lines, l => Assert.Null(l.Employee));
    }

    [Fact]
    public void Cost_rule_weighs_the_kinds_it_names_per_employee()
    {
        var evaluation = Week(new CostRule(2)).Evaluate(SmallRoster);

        // Default kinds leave base pay out: Anna 111 + 191 + 877 = 1 179 kr, Bo 763 + 353 = 1 116 kr; weight 2.
        var anna = Assert.Single(Of(evaluation, RuleIds.Cost), v => v.Employee == Anna);
        AssertViolation(anna, RuleIds.Cost, Anna, [new LocalDate(2026, 1, 13), new LocalDate(2026, 1, 16)], 1179, 2358, isHard: false);
        var bo = Assert.Single(Of(evaluation, RuleIds.Cost), v => v.Employee == Bo);
        AssertViolation(bo, RuleIds.Cost, Bo, [new LocalDate(2026, 1, 17)], 1116, 2232, isHard: false);
        Assert.Equal(2 * (1942 + 353), evaluation.Penalty);

        var withBase = Week(new CostRule(1, [CostKind.Base])).Evaluate(SmallRoster);
        Assert.Equal(2240 + 2800 + 2016, withBase.Penalty);
    }

    [Fact]
    public void Budget_is_the_whole_cost_and_hard_by_default()
    {
        var over = Week(new BudgetRule()).Cost(Model(budget: 9000)).Evaluate(SmallRoster);
        var violation = Single(over, RuleIds.Budget);
        AssertViolation(violation, RuleIds.Budget, null, [], 351, 0, isHard: true);
        Assert.Contains("9351", violation.Message, StringComparison.Ordinal);

        Assert.Empty(Of(Week(new BudgetRule()).Cost(Model(budget: 9351)).Evaluate(SmallRoster), RuleIds.Budget));

        var soft = Week(new BudgetRule() with { Enforcement = Enforcement.Soft(3) }).Cost(Model(budget: 9000)).Evaluate(SmallRoster);
        Assert.Equal(3 * 351, soft.Penalty);
    }

    [Fact]
    public void Cost_and_budget_rules_need_the_cost_section()
    {
        var ex = Assert.Throws<ProblemValidationException>(() => Problem(new CostRule(), new BudgetRule()).Build());
        Assert.Equal(["rules.cost", "rules.budget"], ex.Errors.Select(e => e.Field).ToArray());

        var noBudget = Assert.Throws<ProblemValidationException>(() => Week(new BudgetRule()).Build());
        Assert.Equal("rules.budget", Assert.Single(noBudget.Errors).Field);
    }

    [Fact]
    public void Pay_must_name_known_employees_once_and_cover_everyone()
    {
        var model = new CostModel("v", "s", [new EmployeePay(Anna, 30_000m), new EmployeePay(Anna, 31_000m), new EmployeePay(new EmployeeId("ghost"), 1m)], 1.4m);
        var ex = Assert.Throws<ProblemValidationException>(() => Problem().Cost(model).Build());
        Assert.Equal(["cost.pay[1].employee", "cost.pay[2].employee", "cost.pay"], ex.Errors.Select(e => e.Field).ToArray());
        Assert.Contains("'bo'", ex.Errors[2].Reason, StringComparison.Ordinal);

        var withDefault = new CostModel("v", "s", [new EmployeePay(Anna, 30_000m)], 1.4m, defaultMonthlyPay: 28_050m);
        var problem = Problem().Cost(withDefault).Build();
        Assert.Equal(HourlyRate.FromKronor(238.00m), problem.Cost!.PayRate(Bo)); // 28 050 ÷ 165 = 170.00, × 1.4
    }

    [Fact]
    public void Money_rounds_half_away_from_zero_once()
    {
        // 1 minute at 150.00 kr/h is 2.50 kr: shown 2.50, weighed 3.
        var m = Money.For(1, HourlyRate.FromKronor(150m));
        Assert.Equal(2.50m, m.Kronor);
        Assert.Equal(3, m.WholeKronor);
        Assert.Equal(2, Money.For(1, HourlyRate.FromKronor(149.99m)).WholeKronor);
        Assert.Equal(-3, new Money(-15000).WholeKronor);
        Assert.Equal([CostKind.UnsocialHours, CostKind.AdditionalHours, CostKind.Overtime, CostKind.Substitutes], new CostRule().Kinds.ToArray());
    }
}
