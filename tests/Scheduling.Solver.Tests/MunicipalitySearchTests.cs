using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Files;
using Scheduling.Domain.Reporting;
using Scheduling.Domain.Rules;
using Scheduling.Domain.Units;
using Scheduling.Solver.Municipality;

namespace Scheduling.Solver.Tests;

/// <summary>
/// The municipality path (a problem of several units planned by home unit, joined, then the pool phase that moves shifts
/// between units): a surplus at one unit fills a gap below the minimum at a unit of its booking order, not without
/// pool-order nor at a unit the staff may not work at, and the pool phase's objective is the checker's penalty.
/// </summary>
public class MunicipalitySearchTests
{
    /// <summary>
    /// Eken needs one person on D each day but has two (A and B), who must both work all four days; Asken needs two and
    /// has one (C); the pool needs one and A and B may not work there. Below the minimum costs 1 000 per hour, over the
    /// ideal 5, a booking step 20; a substitute's hour is priced by the cost model and the budget is overrun.
    /// </summary>
    private const string Municipality = """
        {
          "period": { "startDate": "2027-01-04", "days": 4 },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ],
          "employees": [
            { "id": "A", "minTotalMinutes": 1920, "maxTotalMinutes": 1920, "units": ["eken", "asken"] },
            { "id": "B", "minTotalMinutes": 1920, "maxTotalMinutes": 1920, "units": ["eken", "asken"] },
            { "id": "C", "minTotalMinutes": 1920, "maxTotalMinutes": 1920, "units": ["asken"] },
            { "id": "P", "minTotalMinutes": 0, "maxTotalMinutes": 0, "units": ["pool"] }
          ],
          "units": [
            { "id": "eken", "bookingOrder": ["asken", "pool"],
              "demandCurve": { "slotMinutes": 60, "patterns": [ { "from": "07:00", "to": "15:00", "minimum": 1, "ideal": 1 } ] } },
            { "id": "asken", "bookingOrder": ["eken", "pool"],
              "demandCurve": { "slotMinutes": 60, "patterns": [ { "from": "07:00", "to": "15:00", "minimum": 2, "ideal": 2 } ] } },
            { "id": "pool", "pool": true,
              "demandCurve": { "slotMinutes": 60, "patterns": [ { "from": "07:00", "to": "15:00", "minimum": 1, "ideal": 1 } ] } }
          ],
          "cost": { "version": "test", "socialFeeFactor": 1.4, "defaultMonthlyPay": 30000, "budget": 1000,
                    "substitutes": { "hourlyCost": 265, "markupPercent": 10 } },
          "rulePack": { "id": "municipality-test", "rules": [
            { "id": "period-hours", "hard": true }, { "id": "demand-minimum", "weight": 1000 }, { "id": "demand-ideal", "weight": 10 },
            { "id": "demand-surplus", "weight": 5 }, { "id": "cost", "weight": 1, "parameters": { "kinds": ["SUBSTITUTES"] } },
            { "id": "budget", "weight": 1 }, { "id": "pool-order", "weight": 20 } ] }
        }
        """;

    private static readonly UnitId Eken = new("eken");
    private static readonly UnitId Asken = new("asken");

    /// <summary>The municipality path forced at this small size (it is the whole model's below <see cref="SolverOptions.WholeModelCells"/>).</summary>
    private static SolverOptions Parts(List<string> log) => new() { TimeLimit = TimeSpan.FromSeconds(12), Workers = 2, Seed = 1, WholeModelCells = 0, Log = log.Add };

    [Fact]
    public void A_surplus_shift_moves_to_the_gap_below_the_minimum_at_a_unit_of_the_booking_order()
    {
        var problem = ProblemFileReader.Read(Municipality);
        var log = new List<string>();

        var reported = new List<SolveProgress>();

        var result = RosterSolver.Solve(problem, Parts(log), new InlineProgress(reported.Add));

        Assert.NotNull(result.Roster);
        Assert.Contains(log, l => l.StartsWith("pool phase: 4 shifts moved", StringComparison.Ordinal));
        // Progress: the joined roster, then the pool phase's better one, which is the result.
        Assert.True(reported.Count >= 2, $"{reported.Count} progress reports");
        Assert.True(reported[0].Objective > reported[^1].Objective);
        Assert.Equal(result.Objective, reported[^1].Objective);
        // Each day one of A and B works at Asken, the other stays at Eken; C stays home; nobody goes to the pool.
        foreach (var day in result.Roster.Assignments.GroupBy(a => a.Date))
        {
            Assert.Equal(1, day.Count(a => a.Unit == Eken));
            Assert.Equal(2, day.Count(a => a.Unit == Asken));
            Assert.Single(day, a => a.Employee == new EmployeeId("C") && a.Unit == Asken);
        }

        var evaluation = RuleChecker.Evaluate(problem, result.Roster);
        Assert.True(evaluation.IsFeasible);
        Assert.Equal(evaluation.Penalty, result.Objective);
        Assert.Null(result.BestBound);
        Assert.Equal(4 * 20, evaluation.PenaltyByRule[RuleIds.PoolOrder]);
        Assert.DoesNotContain(evaluation.Violations, v => v.RuleId == RuleIds.DemandMinimum && v.Message.Contains("asken", StringComparison.Ordinal));
        // The pool report agrees: nothing below the minimum or over the need at Eken and Asken, 4 × 8 h received at Asken; the pool stays short.
        var pool = PoolReport.Build(problem, result.Roster)!;
        Assert.Equal((0L, 0L, 0L), Cover(pool, Eken));
        Assert.Equal((0L, 0L, 4 * 480L), Cover(pool, Asken));
        Assert.Equal(4 * 480L, pool.Units.Single(u => u.Unit == new UnitId("pool")).ShortOfMinimumMinutes);
        // Personal rules hold as planned: A, B and C each work their four days.
        Assert.All(result.Roster.Assignments.Where(a => a.Employee != new EmployeeId("P")).GroupBy(a => a.Employee), e => Assert.Equal(4, e.Count()));
        Assert.Equal(12, result.Roster.Assignments.Length);
    }

    [Fact]
    public void Without_pool_order_every_shift_stays_at_home()
    {
        var problem = ProblemFileReader.Read(Municipality);
        problem = problem.WithRules(new RulePack("no-pool", [.. problem.Rules.Rules.Where(r => r is not PoolOrderRule)]));
        var log = new List<string>();

        var result = RosterSolver.Solve(problem, Parts(log));

        Assert.NotNull(result.Roster);
        Assert.All(result.Roster.Assignments, a => Assert.Equal(problem.HomeUnitOf(a.Employee), a.Unit));
        Assert.Equal(4 * 480L, PoolReport.Build(problem, result.Roster)!.Units.Single(u => u.Unit == Asken).ShortOfMinimumMinutes);
        Assert.Equal(RuleChecker.Evaluate(problem, result.Roster).Penalty, result.Objective);
    }

    [Fact]
    public void A_unit_the_staff_may_not_work_at_gets_none_of_their_shifts()
    {
        var problem = ProblemFileReader.Read(Municipality.Replace("\"units\": [\"eken\", \"asken\"]", "\"units\": [\"eken\"]", StringComparison.Ordinal));
        var log = new List<string>();

        var result = RosterSolver.Solve(problem, Parts(log));

        Assert.NotNull(result.Roster);
        Assert.Contains(log, l => l.StartsWith("pool phase: 0 shifts moved", StringComparison.Ordinal));
        Assert.All(result.Roster.Assignments, a => Assert.Equal(problem.HomeUnitOf(a.Employee), a.Unit));
        Assert.Equal(RuleChecker.Evaluate(problem, result.Roster).Penalty, result.Objective);
    }

    [Fact]
    public void Cancelled_after_the_first_unit_the_solve_plans_no_other_unit_and_returns_no_roster()
    {
        var problem = ProblemFileReader.Read(Municipality);
        using var cancellation = new CancellationTokenSource();
        var log = new List<string>();
        var options = Parts(log) with
        {
            Log = line =>
            {
                log.Add(line);
                if (line.StartsWith("eken: 2 staff,", StringComparison.Ordinal)) cancellation.Cancel();
            },
        };

        var result = RosterSolver.Solve(problem, options, cancellation: cancellation.Token);

        Assert.True(result.Cancelled);
        Assert.Null(result.Roster);
        Assert.Equal(SolveStatus.Unknown, result.Status);
        Assert.DoesNotContain(log, l => l.StartsWith("asken:", StringComparison.Ordinal) || l.StartsWith("pool phase", StringComparison.Ordinal));
    }

    /// <summary>
    /// On random problems of several units (per-unit cover, shift rows, competences valid at some units, cost and budget,
    /// continuity, pool-order), from a random roster at the staff's units: the pool phase's change of the penalty is the
    /// checker's, it breaks no hard rule the start kept, and each employee keeps their days and templates.
    /// </summary>
    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property Unit_moves_change_the_penalty_exactly_as_the_checker_does(NonNegativeInt seed)
    {
        var problem = RandomUnits.Create(seed.Get, maxEmployees: 5, maxDays: 8, allowHard: seed.Get % 2 == 0);
        var start = RandomUnits.RandomRoster(problem, seed.Get);
        var before = RuleChecker.Evaluate(problem, start);
        var moves = new UnitMoves(problem, start, problem.Cost is null ? 0 : RosterCost.Compute(problem, start).Kronor);

        var change = moves.Run(TimeSpan.FromSeconds(10), null, CancellationToken.None);

        var after = RuleChecker.Evaluate(problem, moves.Roster());
        var hardBefore = before.Violations.Where(v => v.IsHard).Select(v => v.RuleId).ToHashSet();
        var newHard = after.Violations.Where(v => v.IsHard && !hardBefore.Contains(v.RuleId)).Select(v => v.RuleId).ToList();
        static IEnumerable<string> Shifts(Roster roster) => roster.Assignments.Select(a => $"{a.Employee} {a.Date} {a.Shift}").Order(StringComparer.Ordinal);
        var kept = Shifts(start).SequenceEqual(Shifts(moves.Roster()));
        return (after.Penalty == before.Penalty + change).Label($"checker {before.Penalty} → {after.Penalty}, pool phase {change} ({moves.Moves} moves)")
            .And((change <= 0).Label($"the penalty rose by {change}"))
            .And((newHard.Count == 0).Label($"hard rules broken by the moves: {string.Join(", ", newHard)}"))
            .And(kept.Label("a shift changed employee, day or template"));
    }

    /// <summary>The property above is not empty: on most random problems with pool-order the pool phase moves shifts.</summary>
    [Fact]
    public void Random_problems_of_several_units_give_the_pool_phase_moves_to_make()
    {
        var moved = 0;
        for (var seed = 0; seed < 100; seed++)
        {
            var problem = RandomUnits.Create(seed, maxEmployees: 5, maxDays: 8, allowHard: false);
            var start = RandomUnits.RandomRoster(problem, seed);
            var moves = new UnitMoves(problem, start, problem.Cost is null ? 0 : RosterCost.Compute(problem, start).Kronor);
            moves.Run(TimeSpan.FromSeconds(10), null, CancellationToken.None);
            if (moves.Moves > 0) moved++;
        }

        Assert.True(moved >= 40, $"shifts moved in {moved} of 100");
    }

    private sealed class InlineProgress(Action<SolveProgress> report) : IProgress<SolveProgress>
    {
        public void Report(SolveProgress value) => report(value);
    }

    private static (long Over, long Short, long Received) Cover(PoolReport pool, UnitId unit) =>
        pool.Units.Single(u => u.Unit == unit) is var line ? (line.OverCoverMinutes, line.ShortOfMinimumMinutes, line.PoolMinutesReceived) : default;
}
