using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Tests;

public class SolverBehaviourTests
{
    private static readonly DateTimeZone Stockholm = SchedulePeriod.DefaultZone;
    private static readonly SolverOptions Quick = new() { TimeLimit = TimeSpan.FromSeconds(10), Workers = 2 };
    private static readonly ShiftTemplate Night = new(new ShiftCode("N"), new LocalTime(21, 0), Duration.FromHours(10), ShiftKind.Night);
    private static readonly ShiftTemplate Day = new(new ShiftCode("D"), new LocalTime(7, 0), Duration.FromHours(8), ShiftKind.Day);
    private static readonly ShiftTemplate Evening = new(new ShiftCode("K"), new LocalTime(14, 0), Duration.FromHours(8), ShiftKind.Evening);

    private static Employee Staff(string id, Duration? min = null, Duration? max = null) =>
        new(new EmployeeId(id), id, new WorkingTimeContract(minimumTotal: min, maximumTotal: max));

    [Theory]
    [InlineData(2026, 3, 28, 9)]   // into the last Sunday of March: the clock jumps 02:00 → 03:00
    [InlineData(2026, 10, 24, 11)] // into the last Sunday of October: 03:00 → 02:00
    [InlineData(2026, 5, 9, 10)]
    public void A_night_across_a_DST_change_counts_its_real_hours(int year, int month, int day, int hours)
    {
        // Exactly the night's real length is allowed, so the solver must place it, and the roster's hours say so.
        var period = new SchedulePeriod(new LocalDate(year, month, day), 1, Stockholm);
        var exactly = Duration.FromHours(hours);
        var problem = new RosterProblem("dst", period, [Night], [Staff("A", exactly, exactly)], new RulePack("p", [new PeriodHoursRule()]));
        var result = RosterSolver.Solve(problem, Quick);
        Assert.Equal(SolveStatus.Optimal, result.Status);
        var single = Assert.Single(result.Roster!.Assignments);
        Assert.Equal(new LocalDate(year, month, day), single.Date);
        Assert.Equal(hours * 60, Reporting.RosterReportHours(problem, result.Roster));
    }

    [Fact]
    public void Daily_rest_after_the_autumn_night_is_measured_on_instants()
    {
        // Night 24 Oct 21:00 → 25 Oct 07:00 local (11 h real). An evening at 18:00 on 25 Oct leaves 11 h of rest
        // on the clock and on instants; an evening at 17:30 leaves 10.5 h. With 11 h required only the first may follow.
        var period = new SchedulePeriod(new LocalDate(2026, 10, 24), 2, Stockholm);
        var late = new ShiftTemplate(new ShiftCode("L"), new LocalTime(18, 0), Duration.FromHours(4), ShiftKind.Evening);
        var early = new ShiftTemplate(new ShiftCode("E"), new LocalTime(17, 30), Duration.FromHours(4), ShiftKind.Evening);
        var rules = new RulePack("p", [new DailyRestRule(Duration.FromHours(11)), new PinsRule(), new WishesRule()]);
        var pins = ImmutableArray.Create(new Pin(new EmployeeId("A"), period.Start, Night.Code));
        var wishes = ImmutableArray.Create(
            new Wish(new EmployeeId("A"), period.Start.PlusDays(1), WishKind.ShiftOn, early.Code, 5),
            new Wish(new EmployeeId("A"), period.Start.PlusDays(1), WishKind.ShiftOn, late.Code, 3));
        var problem = new RosterProblem("rest", period, [Night, early, late], [Staff("A")], rules, wishes: wishes, pins: pins);
        var result = RosterSolver.Solve(problem, Quick);
        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(late.Code, result.Roster!.ShiftOf(new EmployeeId("A"), period.Start.PlusDays(1)));
        Assert.Equal(5, result.Objective); // the 17:30 wish is refused for rest
    }

    [Fact]
    public void Daily_rest_after_the_spring_night_gains_the_lost_hour()
    {
        // Night 28 Mar 21:00 → 29 Mar 07:00 local lasts 9 h; rest to 18:00 is 11 h, to 17:30 is 10.5 h. Same answer
        // as in autumn, because rest runs from local end to local start; the DST hour falls inside the night.
        var period = new SchedulePeriod(new LocalDate(2026, 3, 28), 2, Stockholm);
        var early = new ShiftTemplate(new ShiftCode("E"), new LocalTime(17, 30), Duration.FromHours(4), ShiftKind.Evening);
        var rules = new RulePack("p", [new DailyRestRule(Duration.FromHours(11)), new PinsRule()]);
        var pins = ImmutableArray.Create(new Pin(new EmployeeId("A"), period.Start, Night.Code), new Pin(new EmployeeId("A"), period.Start.PlusDays(1), early.Code));
        var problem = new RosterProblem("rest", period, [Night, early], [Staff("A")], rules, pins: pins);
        var result = RosterSolver.Solve(problem, Quick with { RelaxWhenInfeasible = true });
        Assert.Equal(SolveStatus.Infeasible, result.Status);
        var conflict = result.Conflicts.Select(c => c.RuleId).ToHashSet();
        Assert.Contains(RuleIds.DailyRest, conflict);
        Assert.Contains(RuleIds.Pins, conflict);

        // The pinned roster itself breaks daily rest by 30 minutes: 10.5 h of real rest after a 9 h night.
        var pinned = new Roster([.. pins.Select(p => new Assignment(p.Employee, p.Date, p.Shift!.Value))]);
        var violation = Assert.Single(RuleChecker.Evaluate(problem, pinned).HardViolations);
        Assert.Equal(RuleIds.DailyRest, violation.RuleId);
        Assert.Equal(30, violation.Units);

        // The least-bad roster breaks one pin (a unit of 1) rather than 30 minutes of rest (30 units).
        var broken = Assert.Single(result.Evaluation!.HardViolations);
        Assert.Equal(RuleIds.Pins, broken.RuleId);
    }

    [Fact]
    public void Infeasible_problem_names_a_small_conflict_and_still_proposes_a_least_bad_roster()
    {
        // B cannot work on day 0 and is pinned to work then; A is pinned elsewhere and is irrelevant.
        var period = new SchedulePeriod(new LocalDate(2027, 1, 4), 3, Stockholm);
        var a = new EmployeeId("A");
        var b = new EmployeeId("B");
        var rules = new RulePack("p", [new AvailabilityRule(), new PinsRule(), new MaxConsecutiveDaysRule(2), new ShiftCoverRule()]);
        var problem = new RosterProblem("conflict", period, [Day], [Staff("A"), Staff("B")], rules,
            shiftDemands: [.. period.Dates.Select(d => new ShiftDemand(d, Day.Code, 1, 10, 1))],
            unavailability: [new Unavailability(b, period.Start)],
            pins: [new Pin(b, period.Start, Day.Code), new Pin(a, period.Start.PlusDays(1), Day.Code)]);
        var result = RosterSolver.Solve(problem, Quick);

        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.Equal(
            [new Conflict(RuleIds.Availability, b, period.Start), new Conflict(RuleIds.Pins, b, period.Start)],
            result.Conflicts.OrderBy(c => c.RuleId).ToArray());
        Assert.True(result.IsRelaxed);
        Assert.NotNull(result.Roster);
        var broken = Assert.Single(result.Evaluation!.HardViolations);
        Assert.True(broken.RuleId is RuleIds.Availability or RuleIds.Pins);
    }

    [Fact]
    public void Without_relaxing_an_infeasible_problem_returns_no_roster()
    {
        var period = new SchedulePeriod(new LocalDate(2027, 1, 4), 1, Stockholm);
        var a = new EmployeeId("A");
        var problem = new RosterProblem("conflict", period, [Day], [Staff("A")], new RulePack("p", [new AvailabilityRule(), new PinsRule()]),
            unavailability: [new Unavailability(a, period.Start)], pins: [new Pin(a, period.Start, Day.Code)]);
        var result = RosterSolver.Solve(problem, Quick with { RelaxWhenInfeasible = false, ExplainInfeasibility = false });
        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.Null(result.Roster);
        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void A_re_solve_after_a_change_by_hand_changes_few_other_days()
    {
        // The manager gives someone their third day off and pins it; the re-solve starts from the edited roster and
        // pays for every changed day (stability, heavy here so that only a repair is worth a change), so it repairs
        // what the change broke and leaves the rest alone.
        const long Heavy = 1_000_000;
        var problem = Examples.Load("small-group-home.json");
        var first = RosterSolver.Solve(problem, Quick).Roster!;
        var date = problem.Period.Start.PlusDays(2);
        var removed = first.Assignments.First(a => a.Date == date);
        var edited = new Roster([.. first.Assignments.Where(a => a != removed)]);
        var replan = problem.WithPins([.. problem.Pins, new Pin(removed.Employee, date, null)])
            .WithRules(new RulePack(problem.Rules.Id, [.. problem.Rules.Rules, new StabilityRule(Heavy, edited)]));

        var second = RosterSolver.Solve(replan, Quick with { Hint = edited });

        Assert.Equal(0, second.Evaluation!.HardViolationCount);
        Assert.Null(second.Roster!.ShiftOf(removed.Employee, date));
        var days = edited.Assignments.Concat(second.Roster.Assignments).Select(a => (a.Employee, a.Date)).Distinct();
        var changed = days.Count(d => edited.ShiftOf(d.Employee, d.Date) != second.Roster.ShiftOf(d.Employee, d.Date));
        Assert.InRange(changed, 0, 6);
    }

    [Fact]
    public void Cancelling_returns_the_best_roster_so_far()
    {
        var problem = Examples.Load("care-home-solbacken.json");
        using var cancel = new CancellationTokenSource();
        var seen = 0;
        var progress = new InlineProgress(p =>
        {
            seen = p.SolutionCount;
            cancel.Cancel();
        });
        var result = RosterSolver.Solve(problem, new SolverOptions { TimeLimit = TimeSpan.FromMinutes(5), Workers = 8 }, progress, cancel.Token);
        Assert.True(result.Cancelled);
        Assert.True(seen >= 1);
        Assert.NotNull(result.Roster);
        Assert.Equal(0, result.Evaluation!.HardViolationCount);
        Assert.True(result.TotalTime < TimeSpan.FromMinutes(4), $"took {result.TotalTime}");
    }

    [Fact]
    public void Warm_start_from_a_roster_keeps_it_when_it_is_optimal()
    {
        var problem = Examples.Load("small-group-home.json");
        var first = RosterSolver.Solve(problem, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(3), Workers = 2 });
        Assert.NotNull(first.Roster);
        var again = RosterSolver.Solve(problem, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(3), Workers = 2, Hint = first.Roster });
        Assert.NotNull(again.Roster);
        // The hint is a complete feasible roster, so the search starts from it and can only improve on it.
        Assert.True(again.Objective <= first.Objective, $"{again.Objective} after a warm start from {first.Objective}");
    }

    [Fact]
    public void Small_example_solves_without_hard_violations_and_the_report_adds_up()
    {
        var problem = Examples.Load("small-group-home.json");
        var result = RosterSolver.Solve(problem, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(5), Workers = 8 });
        Assert.True(result.Status is SolveStatus.Feasible or SolveStatus.Optimal);
        var evaluation = RuleChecker.Evaluate(problem, result.Roster!);
        Assert.Equal(0, evaluation.HardViolationCount);
        Assert.Equal(result.Objective, evaluation.Penalty);
        Assert.Equal(evaluation.Penalty, evaluation.PenaltyByRule.Values.Sum());
        Assert.True(result.FirstSolutionTime <= result.TotalTime);
    }

    [Fact]
    public void An_empty_unit_gets_an_empty_roster()
    {
        var period = new SchedulePeriod(new LocalDate(2027, 1, 4), 7, Stockholm);
        var problem = new RosterProblem("empty", period, [Day], [], RulePacks.SwedishCare(period));
        var result = RosterSolver.Solve(problem, Quick);
        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Empty(result.Roster!.Assignments);
        Assert.Equal(0, result.Objective);
    }

    private sealed class InlineProgress(Action<SolveProgress> report) : IProgress<SolveProgress>
    {
        public void Report(SolveProgress value) => report(value);
    }
}

internal static class Reporting
{
    public static long RosterReportHours(RosterProblem problem, Roster roster) =>
        Domain.Reporting.RosterReport.Build(problem, roster).Hours.Sum(h => h.WorkedMinutes);
}
