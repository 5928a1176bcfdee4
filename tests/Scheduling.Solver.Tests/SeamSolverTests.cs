using System.Collections.Immutable;
using NodaTime;
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
}
