using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Files;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Tests;

/// <summary>continuity in the model: the solver keeps a resident group's staff few when the rule is in the pack.</summary>
public class ContinuitySolverTests
{
    /// <summary>
    /// Eken's corridor Norra needs one person on D every day of a week (Monday 4 January 2027); four staff could each
    /// take any day (at most 4 shifts each), and B, C and D each wish one day. With continuity (target 2 a week, 50 per
    /// person beyond it) two people serve the corridor and the wishes give way; without it the wishes spread it over more.
    /// </summary>
    private const string Unit = """
        {
          "period": { "startDate": "2027-01-04", "days": 7 },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ],
          "employees": [
            { "id": "A", "minTotalMinutes": 0, "maxTotalMinutes": 1920 },
            { "id": "B", "minTotalMinutes": 0, "maxTotalMinutes": 1920 },
            { "id": "C", "minTotalMinutes": 0, "maxTotalMinutes": 1920 },
            { "id": "D", "minTotalMinutes": 0, "maxTotalMinutes": 1920 }
          ],
          "units": [ { "id": "eken", "groups": [ { "id": "norra", "shifts": ["D"], "contactPersons": ["A"] } ] } ],
          "shiftDemands": [
            { "date": "2027-01-04", "shift": "D", "required": 1 }, { "date": "2027-01-05", "shift": "D", "required": 1 },
            { "date": "2027-01-06", "shift": "D", "required": 1 }, { "date": "2027-01-07", "shift": "D", "required": 1 },
            { "date": "2027-01-08", "shift": "D", "required": 1 }, { "date": "2027-01-09", "shift": "D", "required": 1 },
            { "date": "2027-01-10", "shift": "D", "required": 1 }
          ],
          "rulePack": { "id": "continuity-test", "rules": [
            { "id": "period-hours" }, { "id": "shift-cover", "weight": 1 }, { "id": "wishes", "weight": 1 },
            { "id": "continuity", "weight": 50, "parameters": { "targetStaffPerWeek": 2 } } ] },
          "wishes": [ { "employee": "B", "date": "2027-01-04", "kind": "SHIFT_ON", "shift": "D", "weight": 5 },
                      { "employee": "C", "date": "2027-01-05", "kind": "SHIFT_ON", "shift": "D", "weight": 5 },
                      { "employee": "D", "date": "2027-01-06", "kind": "SHIFT_ON", "shift": "D", "weight": 5 } ]
        }
        """;

    [Fact]
    public void With_continuity_the_group_meets_at_most_the_target_of_different_staff()
    {
        var problem = ProblemFileReader.Read(Unit);

        var result = RosterSolver.Solve(problem, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(10), Workers = 2 });

        Assert.NotNull(result.Roster);
        Assert.Equal(2, result.Roster.Assignments.Select(a => a.Employee).Distinct().Count());
        Assert.Equal(0, RuleChecker.Evaluate(problem, result.Roster).PenaltyByRule.GetValueOrDefault(RuleIds.Continuity));
        Assert.Equal(RuleChecker.Evaluate(problem, result.Roster).Penalty, result.Objective);
    }

    [Fact]
    public void Without_continuity_the_wishes_spread_the_group_over_more_staff()
    {
        var problem = ProblemFileReader.Read(Unit);
        var without = problem.WithRules(new RulePack("without", [.. problem.Rules.Rules.Where(r => r is not ContinuityRule)]));

        var result = RosterSolver.Solve(without, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(10), Workers = 2 });

        Assert.NotNull(result.Roster);
        Assert.True(result.Roster.Assignments.Select(a => a.Employee).Distinct().Count() >= 3);
        Assert.True(RuleChecker.Evaluate(problem, result.Roster).PenaltyByRule.GetValueOrDefault(RuleIds.Continuity) > 0);
    }
}
