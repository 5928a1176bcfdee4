using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Files;
using Scheduling.Domain.Reporting;
using Scheduling.Domain.Rules;
using Scheduling.Domain.Units;

namespace Scheduling.Solver.Tests;

/// <summary>pool-order in the model: surplus hours go to gaps, nearby units before the pool, never to over-cover.</summary>
public class PoolOrderSolverTests
{
    /// <summary>
    /// A of Eken must work all four days (1 920 min), but Eken needs one person on D on Monday and Tuesday only (a
    /// row of 0 on Wednesday and Thursday: over-cover costs 5). Asken, Eken's nearby unit, and the pool
    /// (bemanningsenheten) both lack a person on Wednesday; the pool lacks one on Thursday too (100 per person short).
    /// </summary>
    private const string Municipality = """
        {
          "period": { "startDate": "2027-01-04", "days": 4 },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ],
          "employees": [ { "id": "A", "minTotalMinutes": 1920, "maxTotalMinutes": 1920, "units": ["eken", "asken", "pool"] } ],
          "units": [
            { "id": "eken", "bookingOrder": ["asken"] },
            { "id": "asken", "bookingOrder": ["eken"] },
            { "id": "pool", "name": "Bemanningsenheten", "pool": true }
          ],
          "shiftDemands": [
            { "date": "2027-01-04", "shift": "D", "required": 1, "unit": "eken" },
            { "date": "2027-01-05", "shift": "D", "required": 1, "unit": "eken" },
            { "date": "2027-01-06", "shift": "D", "required": 0, "overWeight": 5, "unit": "eken" },
            { "date": "2027-01-07", "shift": "D", "required": 0, "overWeight": 5, "unit": "eken" },
            { "date": "2027-01-06", "shift": "D", "required": 1, "unit": "asken" },
            { "date": "2027-01-06", "shift": "D", "required": 1, "unit": "pool" },
            { "date": "2027-01-07", "shift": "D", "required": 1, "unit": "pool" }
          ],
          "rulePack": { "id": "pool-test", "rules": [
            { "id": "period-hours" }, { "id": "shift-cover", "weight": 1 }, { "id": "pool-order", "weight": 20 } ] }
        }
        """;

    private static readonly SolverOptions Quick = new() { TimeLimit = TimeSpan.FromSeconds(10), Workers = 2 };

    [Fact]
    public void Surplus_hours_go_to_the_nearby_gap_then_the_pool_and_not_to_over_cover()
    {
        var problem = ProblemFileReader.Read(Municipality);

        var result = RosterSolver.Solve(problem, Quick);

        Assert.NotNull(result.Roster);
        var where = result.Roster.Assignments.OrderBy(a => a.Date).Select(a => a.Unit?.Value).ToList();
        Assert.Equal(["eken", "eken", "asken", "pool"], where);
        // Asken is rank 1, the pool rank 2 from Eken: 20 + 40; the pool's Wednesday stays short (100).
        Assert.Equal(20 + 40, RuleChecker.Evaluate(problem, result.Roster).PenaltyByRule[RuleIds.PoolOrder]);
        Assert.Equal(RuleChecker.Evaluate(problem, result.Roster).Penalty, result.Objective);

        var pool = RosterReport.Build(problem, result.Roster, explain: false).Pool;
        Assert.NotNull(pool);
        var a = Assert.Single(pool.Employees);
        Assert.Equal((960L, 960L, 2), (a.HomeMinutes, a.PoolMinutes, a.PoolShifts));
        Assert.All(pool.Units, u => Assert.Equal(0, u.OverCoverMinutes));
    }

    [Fact]
    public void Without_pool_order_the_surplus_still_fills_a_gap_and_an_order_naming_the_pool_first_sends_it_there()
    {
        var problem = ProblemFileReader.Read(Municipality);
        var reversed = problem.WithRules(new RulePack("reversed", [.. problem.Rules.Rules.Where(r => r is not PoolOrderRule)]));
        // With the pool ranked before Asken (Eken's booking order names the pool first), Wednesday goes to the pool.
        var poolFirst = ProblemFileReader.Read(Municipality.Replace("\"bookingOrder\": [\"asken\"]", "\"bookingOrder\": [\"pool\", \"asken\"]", StringComparison.Ordinal));

        var free = RosterSolver.Solve(reversed, Quick);
        var ordered = RosterSolver.Solve(poolFirst, Quick);

        Assert.NotNull(free.Roster);
        Assert.Equal(0, RuleChecker.Evaluate(problem, free.Roster).Violations.Count(v => v.RuleId == RuleIds.ShiftCover && v.Dates.Contains(new NodaTime.LocalDate(2027, 1, 7))));
        Assert.NotNull(ordered.Roster);
        Assert.Equal(2, ordered.Roster.Assignments.Count(a => a.Unit == new UnitId("pool")));
        Assert.Equal(RuleChecker.Evaluate(poolFirst, ordered.Roster).Penalty, ordered.Objective);
    }
}
