using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Rules;
using Scheduling.Solver;

namespace Scheduling.Benchmarks.Curtois.Tests;

/// <summary>
/// The two readings of the benchmark that change optimal values (SOLVER-NOTES, published-rosters
/// PROVENANCE): minimum runs cut by the horizon's edges do not bind, and <c>L,480,E</c> forbids E the day
/// after L, not L after E.
/// </summary>
public class EdgeSemanticsTests
{
    // One week, one nurse: runs of work and of days off at least 2 long, at most 7 shifts in a row.
    private const string Week = """
        SECTION_HORIZON
        7

        SECTION_SHIFTS
        E,480,
        L,480,E

        SECTION_STAFF
        A,E=7|L=7,3360,0,7,2,2,1
        """;

    private static readonly RosterProblem Problem = CurtoisImporter.Parse(Week, "week");

    /// <summary>A roster from a pattern such as "LL.EEEE": a shift code per day, '.' for a day off.</summary>
    private static Roster RosterOf(string pattern) =>
        new([.. pattern.Select((c, d) => (c, d)).Where(x => x.c != '.')
            .Select(x => new Assignment(new EmployeeId("A"), CurtoisCalendar.DateOf(x.d), new ShiftCode(x.c.ToString())))]);

    private static IEnumerable<string> HardRulesBroken(string pattern) =>
        RuleChecker.Evaluate(Problem, RosterOf(pattern)).HardViolations.Select(v => v.RuleId).Distinct();

    [Theory]
    [InlineData("E......")] // a single shift on the first day, then a week's end off
    [InlineData("......E")] // a single shift on the last day
    [InlineData(".EEEEEE")] // a single day off on the first day
    [InlineData("EEEEEE.")] // a single day off on the last day
    public void Short_runs_touching_the_horizon_edges_do_not_bind(string pattern) =>
        Assert.Empty(HardRulesBroken(pattern));

    [Fact]
    public void A_short_run_of_work_inside_the_horizon_binds() =>
        Assert.Equal([RuleIds.MinConsecutiveDays], HardRulesBroken("...E..."));

    [Fact]
    public void A_short_run_of_days_off_inside_the_horizon_binds() =>
        Assert.Equal([RuleIds.MinConsecutiveDaysOff], HardRulesBroken("EEE.EEE"));

    [Fact]
    public void Cannot_follow_forbids_the_listed_shift_on_the_day_after()
    {
        Assert.Equal(new ShiftSuccession(new ShiftCode("L"), new ShiftCode("E")), Assert.Single(Problem.Rules.Get<ForbiddenSuccessionsRule>()!.Successions));
        Assert.Equal([RuleIds.ForbiddenSuccessions], HardRulesBroken("LE....."));
        Assert.Empty(HardRulesBroken("EL....."));
    }

    [Fact]
    public void The_published_instances_read_cannot_follow_in_the_same_direction()
    {
        var problem = CurtoisImporter.Load(SharedInstances.PathOf("Instance2.txt")); // "L,480,E"

        Assert.Equal(new ShiftSuccession(new ShiftCode("L"), new ShiftCode("E")), Assert.Single(problem.Rules.Get<ForbiddenSuccessionsRule>()!.Successions));
    }

    [Fact]
    public void The_solver_uses_an_edge_run_when_only_an_edge_run_is_feasible()
    {
        // Exactly one shift in three days with runs of at least 2: only a shift on the first or the
        // last day is feasible, and only because the edges do not bind.
        var problem = CurtoisImporter.Parse("""
            SECTION_HORIZON
            3
            SECTION_SHIFTS
            E,480,
            SECTION_STAFF
            A,E=3,480,480,3,2,2,1
            SECTION_COVER
            1,E,1,100,1
            """, "three-days");

        var result = RosterSolver.Solve(problem, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(10), Workers = 1 });

        Assert.Equal(SolveStatus.Optimal, result.Status);
        var day = CurtoisCalendar.DayOf(Assert.Single(result.Roster!.Assignments).Date);
        Assert.True(day is 0 or 2, $"the shift is on day {day}, a run of 1 inside the horizon");
        Assert.True(result.Evaluation!.IsFeasible);
        // No roster does better than the hand-made edge roster, whose day 1 is one short.
        var edgeRoster = new Roster([new Assignment(new EmployeeId("A"), CurtoisCalendar.DateOf(0), new ShiftCode("E"))]);
        Assert.Equal(RuleChecker.Evaluate(problem, edgeRoster).Penalty, result.Objective);
    }
}
