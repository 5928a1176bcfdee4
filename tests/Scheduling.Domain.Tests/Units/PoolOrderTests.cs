using Scheduling.Domain.Checking;
using Scheduling.Domain.Files;
using Scheduling.Domain.Rules;

namespace Scheduling.Domain.Tests.Units;

/// <summary>pool-order: shifts away from the home unit charged by their booking rank (own unit, nearby, pool).</summary>
public class PoolOrderTests
{
    /// <summary>
    /// Eken books Asken first; Bemanningsenheten is the pool (not in Eken's order, so rank 2); Björken is neither (rank 3).
    /// A's home is Eken; weight 10 per booking step.
    /// </summary>
    private const string Units = """
        {
          "period": { "startDate": "2027-01-04", "days": 7 },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ],
          "employees": [
            { "id": "A", "minTotalMinutes": 0, "maxTotalMinutes": 10000, "units": ["eken", "asken", "pool", "bjorken"] },
            { "id": "P", "minTotalMinutes": 0, "maxTotalMinutes": 10000, "units": ["pool", "eken"] }
          ],
          "units": [
            { "id": "eken", "bookingOrder": ["asken"] },
            { "id": "asken" },
            { "id": "pool", "name": "Bemanningsenheten", "pool": true },
            { "id": "bjorken" }
          ],
          "rulePack": { "id": "pool-test", "rules": [ { "id": "pool-order", "weight": 10 } ] }
        }
        """;

    private static readonly LocalDate Monday = new(2027, 1, 4);

    private static Assignment Works(string employee, int day, string? unit = null) =>
        new(new EmployeeId(employee), Monday.PlusDays(day), new ShiftCode("D")) { Unit = unit is null ? null : new UnitId(unit) };

    [Fact]
    public void Shifts_at_the_home_unit_keep_it()
    {
        var problem = ProblemFileReader.Read(Units);
        var roster = new Roster([Works("A", 0), Works("A", 1, "eken"), Works("P", 2), Works("P", 3, "pool")]);

        var evaluation = RuleChecker.Evaluate(problem, roster);

        Assert.Equal(0, evaluation.Penalty);
    }

    [Fact]
    public void Shifts_away_from_home_are_charged_by_booking_rank()
    {
        var problem = ProblemFileReader.Read(Units);
        // A: one shift at Asken (rank 1), two at the pool (rank 2 each), one at Björken (rank 3); P (home: the pool,
        // no booking order) one at Eken (rank 2: an unlisted unit that is not a pool).
        var roster = new Roster([Works("A", 0, "asken"), Works("A", 1, "pool"), Works("A", 2, "pool"), Works("A", 3, "bjorken"), Works("P", 4, "eken")]);

        var evaluation = RuleChecker.Evaluate(problem, roster);

        Assert.Equal(10 * (1 + (2 * 2) + 3 + 2), evaluation.PenaltyByRule[RuleIds.PoolOrder]);
        var pool = Assert.Single(evaluation.Violations, v => v.Employee == new EmployeeId("A") && v.Units == 4);
        Assert.Contains("2 resurspass på pool", pool.SwedishMessage, StringComparison.Ordinal);
        Assert.Equal([Monday.PlusDays(1), Monday.PlusDays(2)], pool.Dates.ToList());
    }

    [Fact]
    public void Ranks_follow_the_booking_order_then_the_pool_then_the_rest()
    {
        var problem = ProblemFileReader.Read(Units);
        UnitId U(string id) => new(id);

        Assert.Equal(0, PoolOrderRule.Rank(problem, U("eken"), U("eken")));
        Assert.Equal(1, PoolOrderRule.Rank(problem, U("eken"), U("asken")));
        Assert.Equal(2, PoolOrderRule.Rank(problem, U("eken"), U("pool")));
        Assert.Equal(3, PoolOrderRule.Rank(problem, U("eken"), U("bjorken")));
    }

    [Fact]
    public void A_booking_order_naming_an_unknown_unit_itself_or_a_unit_twice_is_refused()
    {
        var error = Assert.Throws<ProblemValidationException>(() => ProblemFileReader.Read(Units.Replace("\"bookingOrder\": [\"asken\"]", "\"bookingOrder\": [\"asken\", \"lonnen\", \"eken\", \"asken\"]", StringComparison.Ordinal)));

        Assert.Contains(error.Errors, e => e.Field == "units[0].bookingOrder[1]" && e.Reason.Contains("unknown unit", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Field == "units[0].bookingOrder[2]");
        Assert.Contains(error.Errors, e => e.Field == "units[0].bookingOrder[3]" && e.Reason.Contains("twice", StringComparison.Ordinal));
    }
}
