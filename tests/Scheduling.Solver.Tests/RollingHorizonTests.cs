using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Tests;

/// <summary>
/// A rolling horizon: eight weeks planned as weeks 1–4, then weeks 5–8 with weeks 1–4 as history, give a roster whose
/// concatenation passes the checker over all eight weeks as one long solve's does: no hard rule breaks at the seam.
/// </summary>
public class RollingHorizonTests
{
    private static readonly ShiftTemplate Early = new(new ShiftCode("D"), new LocalTime(7, 0), Duration.FromHours(8), ShiftKind.Day);
    private static readonly ShiftTemplate Late = new(new ShiftCode("K"), new LocalTime(14, 0), Duration.FromHours(8), ShiftKind.Evening);
    private static readonly ShiftTemplate Night = new(new ShiftCode("N"), new LocalTime(21, 0), Duration.FromHours(10), ShiftKind.Night);
    private static readonly LocalDate Start = new(2027, 2, 1);

    /// <summary>Seven staff, every day one early, one late and one night wanted (soft), under the hard law and agreement rules.</summary>
    private static RosterProblem Problem(LocalDate start, int days, History? history = null)
    {
        var period = new SchedulePeriod(start, days, SchedulePeriod.DefaultZone);
        ImmutableArray<ShiftTemplate> templates = [Early, Late, Night];
        var staff = Enumerable.Range(1, 7).Select(i => new Employee(new EmployeeId($"E{i}"), $"E{i}", new WorkingTimeContract())).ToImmutableArray();
        var rules = new RulePack("rolling", [
            new DailyRestRule(Duration.FromHours(11)),
            new WeeklyRestRule(Duration.FromHours(36)),
            new MaxConsecutiveDaysRule(5),
            new MinConsecutiveDaysOffRule(2),
            new ForbiddenSuccessionsRule([new ShiftSuccession(Night.Code, Early.Code), new ShiftSuccession(Night.Code, Late.Code)]),
            new OrdinaryHoursRule(Duration.FromHours(40), 4),
            new ShiftCoverRule(),
        ]);
        var demands = period.Dates.SelectMany(d => templates.Select(t => new ShiftDemand(d, t.Code, 1, 100, 5))).ToImmutableArray();
        return new RosterProblem("rolling", period, templates, staff, rules, shiftDemands: demands, history: history);
    }

    [Theory]
    [InlineData(SolverCore.Decomposition)]
    [InlineData(SolverCore.Baseline)]
    public void Weeks_five_to_eight_planned_after_weeks_one_to_four_break_no_hard_rule_across_the_seam(SolverCore core)
    {
        var options = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(10), Workers = 2, Core = core, RelaxWhenInfeasible = false };
        var whole = Problem(Start, 56);

        var first = RosterSolver.Solve(Problem(Start, 28), options);
        Assert.NotNull(first.Roster);
        var second = Problem(Start.PlusDays(28), 28, History.Covering(Start.PlusDays(28), first.Roster.Assignments));
        Assert.Equal(28, second.History.Days);
        var next = RosterSolver.Solve(second, options);
        Assert.NotNull(next.Roster);

        var rolled = RuleChecker.Evaluate(whole, new Roster([.. first.Roster.Assignments, .. next.Roster.Assignments]));
        var longSolve = RosterSolver.Solve(whole, options);
        Assert.NotNull(longSolve.Roster);
        var once = RuleChecker.Evaluate(whole, longSolve.Roster);

        Assert.True(once.IsFeasible);
        Assert.True(rolled.IsFeasible, string.Join("; ", rolled.HardViolations.Select(v => v.Message)));
        Assert.Equal(once.IsFeasible, rolled.IsFeasible);

        // The second half, checked on its own with its history, agrees with the eight weeks' verdict on it.
        Assert.True(RuleChecker.Evaluate(second, next.Roster).IsFeasible);
    }

    [Theory]
    [InlineData(SolverCore.Decomposition, true)]
    [InlineData(SolverCore.Decomposition, false)]
    [InlineData(SolverCore.Baseline, true)]
    [InlineData(SolverCore.Baseline, false)]
    public void A_period_leaves_room_for_the_weekly_rest_of_the_window_that_reaches_past_its_end(SolverCore core, bool hard)
    {
        // One person wishes early shifts on days 9–13 of a fortnight. The window from day 8 reaches a day past the
        // period: day 8 00:00 → day 9 07:00 is 31 h and day 13 15:00 → day 15 00:00 is 33 h, so with all five worked it
        // lacks 36 h of rest whatever the next period does. Hard, one wish gives way (5); soft at 3, the window is paid.
        var period = new SchedulePeriod(Start, 14, SchedulePeriod.DefaultZone);
        var person = new EmployeeId("E1");
        var weekly = new WeeklyRestRule(Duration.FromHours(36), enforcement: hard ? Enforcement.Hard : Enforcement.Soft(3));
        var wishes = Enumerable.Range(9, 5).Select(d => new Wish(person, Start.PlusDays(d), WishKind.ShiftOn, Early.Code, 5)).ToImmutableArray();
        var problem = new RosterProblem("tail", period, [Early], [new Employee(person, "E1", new WorkingTimeContract())],
            new RulePack("tail", [weekly, new WishesRule()]), wishes: wishes);
        var options = new SolverOptions
        {
            TimeLimit = TimeSpan.FromSeconds(10), Workers = 2, Core = core, WholeModelCells = 0, DecompositionMinimumTime = TimeSpan.Zero,
        };

        var result = RosterSolver.Solve(problem, options);

        Assert.Equal(SolveStatus.Optimal, result.Status);
        var evaluation = RuleChecker.Evaluate(problem, result.Roster!);
        Assert.Equal(evaluation.Penalty, result.Objective);
        Assert.Equal(hard ? 5 : 3, result.Objective);
        Assert.Equal(hard ? 4 : 5, result.Roster!.Assignments.Count(a => a.Date >= Start.PlusDays(9)));
        Assert.True(evaluation.IsFeasible);
    }

    [Fact]
    public void Without_history_the_second_half_can_break_the_rules_at_the_seam()
    {
        // The first half ends with the night shift worked by E1 on its last day; a second half planned as if the time
        // before it were rest may put E1 on the first morning, which the eight weeks' checker then refuses.
        var first = new Roster([new Assignment(new EmployeeId("E1"), Start.PlusDays(27), Night.Code)]);
        var secondAlone = Problem(Start.PlusDays(28), 28);
        var early = new Roster([new Assignment(new EmployeeId("E1"), Start.PlusDays(28), Early.Code)]);
        Assert.DoesNotContain(RuleChecker.Evaluate(secondAlone, early).HardViolations, v => v.RuleId == RuleIds.DailyRest);

        var whole = RuleChecker.Evaluate(Problem(Start, 56), new Roster([.. first.Assignments, .. early.Assignments]));
        Assert.Contains(whole.HardViolations, v => v.RuleId == RuleIds.DailyRest);
        var withHistory = RuleChecker.Evaluate(Problem(Start.PlusDays(28), 28, History.Covering(Start.PlusDays(28), first.Assignments)), early);
        Assert.Contains(withHistory.HardViolations, v => v.RuleId == RuleIds.DailyRest && v.InvolvesHistory);
    }
}
