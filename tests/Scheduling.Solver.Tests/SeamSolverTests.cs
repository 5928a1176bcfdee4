using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Tests;

/// <summary>The model across the seam, in both search cores: the history's shifts bind the period's first days.</summary>
public class SeamSolverTests
{
    private static readonly SolverOptions Quick = new() { TimeLimit = TimeSpan.FromSeconds(10), Workers = 2 };
    private static readonly ShiftTemplate Night = new(new ShiftCode("N"), new LocalTime(21, 0), Duration.FromHours(10), ShiftKind.Night);
    private static readonly ShiftTemplate Early = new(new ShiftCode("D"), new LocalTime(7, 0), Duration.FromHours(8), ShiftKind.Day);
    private static readonly EmployeeId A = new("A");
    private static readonly SchedulePeriod Period = new(new LocalDate(2027, 3, 1), 4, SchedulePeriod.DefaultZone);
    private static readonly LocalDate LastDayBefore = Period.Start.PlusDays(-1);

    private static RosterProblem Problem(RulePack rules, ImmutableArray<Wish> wishes = default, ImmutableArray<Pin> pins = default, params Assignment[] history) =>
        new("seam", Period, [Night, Early], [new Employee(A, "A", new WorkingTimeContract())], rules, wishes: wishes, pins: pins,
            history: History.Covering(Period.Start, [.. history]));

    [Theory]
    [InlineData(SolverCore.Decomposition)]
    [InlineData(SolverCore.Baseline)]
    public void A_night_before_the_seam_keeps_an_early_shift_off_the_first_day(SolverCore core)
    {
        var rules = new RulePack("p", [new DailyRestRule(Duration.FromHours(11)), new WishesRule()]);
        ImmutableArray<Wish> wishes = [new Wish(A, Period.Start, WishKind.ShiftOn, Early.Code, 5)];

        var free = RosterSolver.Solve(Problem(rules, wishes), Quick with { Core = core });
        Assert.Equal(Early.Code, free.Roster!.ShiftOf(A, Period.Start));
        Assert.Equal(0, free.Objective);

        var problem = Problem(rules, wishes, history: new Assignment(A, LastDayBefore, Night.Code));
        var result = RosterSolver.Solve(problem, Quick with { Core = core });

        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Null(result.Roster!.ShiftOf(A, Period.Start));
        Assert.Equal(5, result.Objective);
        Assert.True(RuleChecker.Evaluate(problem, result.Roster).IsFeasible);
    }

    [Theory]
    [InlineData(SolverCore.Decomposition)]
    [InlineData(SolverCore.Baseline)]
    public void A_pin_forcing_an_early_after_the_history_night_is_infeasible_and_names_daily_rest(SolverCore core)
    {
        var rules = new RulePack("p", [new DailyRestRule(Duration.FromHours(11)), new PinsRule()]);
        var problem = Problem(rules, pins: [new Pin(A, Period.Start, Early.Code)], history: new Assignment(A, LastDayBefore, Night.Code));

        var result = RosterSolver.Solve(problem, Quick with { Core = core, RelaxWhenInfeasible = true });

        Assert.Equal(SolveStatus.Infeasible, result.Status);
        var conflict = result.Conflicts.Select(c => c.RuleId).ToHashSet();
        Assert.Contains(RuleIds.DailyRest, conflict);
        Assert.Contains(RuleIds.Pins, conflict);

        // The pinned roster breaks daily rest across the seam, marked as involving history; the least-bad one breaks the pin.
        var pinned = RuleChecker.Evaluate(problem, new Roster([new Assignment(A, Period.Start, Early.Code)]));
        var rest = Assert.Single(pinned.HardViolations);
        Assert.Equal(RuleIds.DailyRest, rest.RuleId);
        Assert.True(rest.InvolvesHistory);
        Assert.Equal(RuleIds.Pins, Assert.Single(result.Evaluation!.HardViolations).RuleId);
    }

    [Theory]
    [InlineData(SolverCore.Decomposition)]
    [InlineData(SolverCore.Baseline)]
    public void A_run_begun_in_history_counts_towards_the_maximum_run(SolverCore core)
    {
        // Three days worked before the period; at most five in a row: one of the first three wished days must be off.
        var rules = new RulePack("p", [new MaxConsecutiveDaysRule(5), new WishesRule()]);
        ImmutableArray<Wish> wishes = [.. Enumerable.Range(0, 4).Select(d => new Wish(A, Period.Start.PlusDays(d), WishKind.ShiftOn, Early.Code, 5))];
        Assert.Equal(0, RosterSolver.Solve(Problem(rules, wishes), Quick with { Core = core }).Objective);

        var problem = Problem(rules, wishes, history: [.. Enumerable.Range(1, 3).Select(n => new Assignment(A, Period.Start.PlusDays(-n), Early.Code))]);
        var result = RosterSolver.Solve(problem, Quick with { Core = core });

        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(5, result.Objective);
        Assert.Equal(3, result.Roster!.Assignments.Length);
        Assert.Single(Enumerable.Range(0, 3), d => result.Roster.ShiftOf(A, Period.Start.PlusDays(d)) is null);
        Assert.True(RuleChecker.Evaluate(problem, result.Roster).IsFeasible);
    }

    [Theory]
    [InlineData(SolverCore.Decomposition)]
    [InlineData(SolverCore.Baseline)]
    public void A_recorded_nine_hour_exception_lets_a_late_be_followed_by_an_early_with_compensation_after(SolverCore core)
    {
        // A pinned late shift 13:00–22:00 on day 0, wished early shifts 07:00 on days 1 and 2: 9 h of rest before day 1's
        // early. Without an exception day 1's early is refused; with one it is granted, and day 2's early rests 16 h after
        // it, more than the 13 h of compensation.
        var late = new ShiftTemplate(new ShiftCode("L"), new LocalTime(13, 0), Duration.FromHours(9), ShiftKind.Evening);
        var small = new ShiftTemplate(new ShiftCode("S"), new LocalTime(2, 0), Duration.FromHours(4), ShiftKind.Night);
        var period = new SchedulePeriod(new LocalDate(2027, 3, 1), 3, SchedulePeriod.DefaultZone);
        ImmutableArray<Pin> pins = [new Pin(A, period.Start, late.Code)];
        ImmutableArray<Wish> wishes = [new Wish(A, period.Start.PlusDays(1), WishKind.ShiftOn, Early.Code, 5), new Wish(A, period.Start.PlusDays(2), WishKind.ShiftOn, Early.Code, 5)];
        RosterProblem With(DailyRestRule rest) => new("nine", period, [late, Early, small], [new Employee(A, "A", new WorkingTimeContract())],
            new RulePack("p", [rest, new PinsRule(), new WishesRule()]), wishes: wishes, pins: pins);

        var plain = RosterSolver.Solve(With(new DailyRestRule(Duration.FromHours(11))), Quick with { Core = core });
        Assert.Null(plain.Roster!.ShiftOf(A, period.Start.PlusDays(1)));
        Assert.Equal(5, plain.Objective);

        var excepted = With(new DailyRestRule(Duration.FromHours(11), exceptions: [new DailyRestException(A, period.Start.PlusDays(1))]));
        var result = RosterSolver.Solve(excepted, Quick with { Core = core });
        Assert.Equal(Early.Code, result.Roster!.ShiftOf(A, period.Start.PlusDays(1)));
        Assert.Equal(Early.Code, result.Roster.ShiftOf(A, period.Start.PlusDays(2)));
        Assert.Equal(0, result.Objective);

        // Pinned: the excepted early, then a 02:00 shift 11 h after it, 2 h short of the compensation: infeasible, daily rest named.
        var uncompensated = excepted.WithPins([.. pins, new Pin(A, period.Start.PlusDays(1), Early.Code), new Pin(A, period.Start.PlusDays(2), small.Code)]);
        var refused = RosterSolver.Solve(uncompensated, Quick with { Core = core, RelaxWhenInfeasible = true });
        Assert.Equal(SolveStatus.Infeasible, refused.Status);
        Assert.Contains(RuleIds.DailyRest, refused.Conflicts.Select(c => c.RuleId));
    }
}
