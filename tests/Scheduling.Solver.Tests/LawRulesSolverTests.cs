using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Tests;

/// <summary>The law rules in the model: with the rule the roster that breaks it is not chosen (hard) or costs exactly its harm (soft).</summary>
public class LawRulesSolverTests
{
    private static readonly DateTimeZone Stockholm = SchedulePeriod.DefaultZone;
    private static readonly SolverOptions Quick = new() { TimeLimit = TimeSpan.FromSeconds(10), Workers = 2 };
    private static readonly EmployeeId A = new("A");
    private static readonly ShiftTemplate Night = new(new ShiftCode("N"), new LocalTime(21, 0), Duration.FromHours(10), ShiftKind.Night);
    private static readonly ShiftTemplate DayWithBreak = new(new ShiftCode("D"), new LocalTime(7, 0), Duration.FromMinutes(510), ShiftKind.Day, unpaidBreak: Duration.FromMinutes(30));

    private static Employee Staff(EmployeeId id) => new(id, id.Value, new WorkingTimeContract());

    private static readonly LocalDate Monday = new(2026, 5, 11);

    private static RosterProblem OneDay(Rule rule, ImmutableArray<Wish> wishes = default, ImmutableArray<Pin> pins = default) =>
        Days(1, rule, wishes, pins);

    private static RosterProblem Days(int days, Rule rule, ImmutableArray<Wish> wishes = default, ImmutableArray<Pin> pins = default, Employee? staff = null)
    {
        var period = new SchedulePeriod(Monday, days, Stockholm);
        return new RosterProblem("law", period, [Night, DayWithBreak], [staff ?? Staff(A)], new RulePack("p", [rule, new WishesRule(), new PinsRule()]),
            wishes: wishes.IsDefault ? [] : wishes, pins: pins.IsDefault ? [] : pins);
    }

    /// <summary>A wants the 8-hour day (8 h 30 min less a 30-minute break) on each of the first <paramref name="days"/> days.</summary>
    private static ImmutableArray<Wish> DayWishes(int days) =>
        [.. Enumerable.Range(0, days).Select(d => new Wish(A, Monday.PlusDays(d), WishKind.ShiftOn, DayWithBreak.Code, 1))];

    private static ImmutableArray<Pin> DayPins(int days) =>
        [.. Enumerable.Range(0, days).Select(d => new Pin(A, Monday.PlusDays(d), DayWithBreak.Code))];

    private static SolveResult SolveAndCheck(RosterProblem problem)
    {
        var result = RosterSolver.Solve(problem, Quick);
        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(RuleChecker.Evaluate(problem, result.Roster!).Penalty, result.Objective);
        return result;
    }

    [Fact]
    public void Break_hard_refuses_the_wished_night_without_a_break_and_grants_the_day_with_one()
    {
        var day = new LocalDate(2026, 5, 11);
        var problem = OneDay(new BreakRule(Duration.FromHours(5)), wishes: [new Wish(A, day, WishKind.ShiftOn, Night.Code, 5), new Wish(A, day, WishKind.ShiftOn, DayWithBreak.Code, 3)]);

        var result = SolveAndCheck(problem);

        Assert.Equal(DayWithBreak.Code, result.Roster!.ShiftOf(A, day));
        Assert.Equal(5, result.Objective);
    }

    [Fact]
    public void Break_soft_costs_weight_times_minutes_over_for_a_pinned_night()
    {
        var day = new LocalDate(2026, 5, 11);
        var problem = OneDay(new BreakRule(Duration.FromHours(5), enforcement: Enforcement.Soft(2)), pins: [new Pin(A, day, Night.Code)]);

        var result = SolveAndCheck(problem);

        Assert.Equal(Night.Code, result.Roster!.ShiftOf(A, day));
        Assert.Equal(2 * 300, result.Objective);
    }

    [Fact]
    public void Ordinary_hours_hard_grants_five_of_seven_wished_days_in_a_one_week_window()
    {
        var problem = Days(7, new OrdinaryHoursRule(Duration.FromHours(40), 1), wishes: DayWishes(7));

        var result = SolveAndCheck(problem);

        Assert.Equal(5, result.Roster!.Assignments.Length);
        Assert.Equal(2, result.Objective);
    }

    [Fact]
    public void Ordinary_hours_soft_costs_weight_times_minutes_over_for_seven_pinned_days()
    {
        var problem = Days(7, new OrdinaryHoursRule(Duration.FromHours(40), 4, enforcement: Enforcement.Soft(1)), pins: DayPins(7));

        var result = SolveAndCheck(problem);

        Assert.Equal(7, result.Roster!.Assignments.Length);
        Assert.Equal(16 * 60, result.Objective); // 56 h in a 7-day window held pro rata to 40 h
    }

    private static Employee FullTime(EmployeeId id) => new(id, id.Value, new WorkingTimeContract(new EmploymentRate(100), Duration.FromHours(40)));

    [Fact]
    public void Overtime_hard_grants_no_day_beyond_full_time_when_a_day_is_more_than_the_cap()
    {
        // Full time 40 h in the week; the cap pro rata is 200 h × 7 ÷ 365 = 3 h 50 min, less than a day's 8 h.
        var problem = Days(7, new OvertimeRule(Duration.FromHours(48), Duration.FromHours(50), false, Duration.FromHours(200)), wishes: DayWishes(7), staff: FullTime(A));

        var result = SolveAndCheck(problem);

        Assert.Equal(5, result.Roster!.Assignments.Length);
        Assert.Equal(2, result.Objective);
    }

    [Fact]
    public void Overtime_soft_costs_weight_times_minutes_over_the_cap_for_seven_pinned_days()
    {
        var rule = new OvertimeRule(Duration.FromHours(48), Duration.FromHours(50), false, Duration.FromHours(200), enforcement: Enforcement.Soft(1));
        var problem = Days(7, rule, pins: DayPins(7), staff: FullTime(A));

        var result = SolveAndCheck(problem);

        Assert.Equal(7, result.Roster!.Assignments.Length);
        // 56 h against 40 h of full time: 16 h of overtime, over the year's cap pro rata (200 h × 7 ÷ 365 = 3 h 50 min)
        // and over the 4-week window's (48 h × 7 ÷ 28 = 12 h): both are charged.
        Assert.Equal((16 * 60) - 230 + (4 * 60), result.Objective);
    }

    [Fact]
    public void Total_hours_hard_grants_six_of_seven_wished_days_at_48_hours_a_week()
    {
        var problem = Days(7, new TotalHoursRule(Duration.FromHours(48), 4), wishes: DayWishes(7));

        var result = SolveAndCheck(problem);

        Assert.Equal(6, result.Roster!.Assignments.Length);
        Assert.Equal(1, result.Objective);
    }

    [Fact]
    public void Total_hours_soft_costs_weight_times_minutes_over_for_seven_pinned_days()
    {
        var problem = Days(7, new TotalHoursRule(Duration.FromHours(48), 4, enforcement: Enforcement.Soft(3)), pins: DayPins(7));

        var result = SolveAndCheck(problem);

        Assert.Equal(7, result.Roster!.Assignments.Length);
        Assert.Equal(3 * 8 * 60, result.Objective); // 56 h in a week held pro rata to 48 h
    }

    [Fact]
    public void Night_work_hard_refuses_the_wished_ten_hour_night_in_a_one_day_period()
    {
        var day = Monday;
        var problem = OneDay(new NightWorkRule(Duration.FromHours(8), 4, 33), wishes: [new Wish(A, day, WishKind.ShiftOn, Night.Code, 5), new Wish(A, day, WishKind.ShiftOn, DayWithBreak.Code, 3)]);

        var result = SolveAndCheck(problem);

        Assert.Equal(DayWithBreak.Code, result.Roster!.ShiftOf(A, day));
        Assert.Equal(5, result.Objective);
    }

    [Fact]
    public void Night_work_soft_costs_weight_times_minutes_over_for_a_pinned_night_worker_only()
    {
        var problem = Days(2, new NightWorkRule(Duration.FromHours(8), 4, 50, enforcement: Enforcement.Soft(2)), pins: [new Pin(A, Monday, Night.Code), new Pin(A, Monday.PlusDays(1), Night.Code)]);

        var result = SolveAndCheck(problem);

        Assert.Equal(2, result.Roster!.Assignments.Length);
        Assert.Equal(2 * (20 * 60 - 16 * 60), result.Objective);
    }
}
