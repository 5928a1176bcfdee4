using Scheduling.Domain.Files;
using Scheduling.Domain.Units;

namespace Scheduling.Domain.Tests.Units;

/// <summary>Unbooked resource shifts handed to the pool 14 days before the period.</summary>
public class PoolHandoverTests
{
    /// <summary>
    /// Two days from Monday 4 January 2027. Eken needs one person on D each day (shift rows); Asken's curve needs one
    /// person 07:00–15:00; the pool is bemanningsenheten. A, B and D may work at the pool, C (Eken) may not.
    /// </summary>
    private const string Units = """
        {
          "period": { "startDate": "2027-01-04", "days": 2 },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ],
          "employees": [
            { "id": "A", "minTotalMinutes": 0, "maxTotalMinutes": 10000, "units": ["eken", "pool"] },
            { "id": "B", "minTotalMinutes": 0, "maxTotalMinutes": 10000, "units": ["eken", "pool"] },
            { "id": "C", "minTotalMinutes": 0, "maxTotalMinutes": 10000, "units": ["eken"] },
            { "id": "D", "minTotalMinutes": 0, "maxTotalMinutes": 10000, "units": ["asken", "pool"] },
            { "id": "E", "minTotalMinutes": 0, "maxTotalMinutes": 10000, "units": ["asken", "pool"] }
          ],
          "units": [
            { "id": "eken", "bookingOrder": ["asken", "pool"] },
            { "id": "asken", "demandCurve": { "slotMinutes": 60, "patterns": [ { "from": "07:00", "to": "15:00", "minimum": 1, "ideal": 1 } ] } },
            { "id": "pool", "pool": true }
          ],
          "shiftDemands": [
            { "date": "2027-01-04", "shift": "D", "required": 1, "unit": "eken" },
            { "date": "2027-01-05", "shift": "D", "required": 1, "unit": "eken" }
          ]
        }
        """;

    private static readonly LocalDate Monday = new(2027, 1, 4);

    private static Assignment Works(string employee, int day, string unit) => new(new EmployeeId(employee), Monday.PlusDays(day), new ShiftCode("D")) { Unit = new UnitId(unit) };

    /// <summary>Monday: A and B at Eken (one too many), D and E at Asken (one too many); Tuesday: A and C at Eken.</summary>
    private static readonly Roster Planned = new([Works("A", 0, "eken"), Works("B", 0, "eken"), Works("D", 0, "asken"), Works("E", 0, "asken"), Works("A", 1, "eken"), Works("C", 1, "eken")]);

    [Fact]
    public void Fifteen_days_before_the_period_nothing_is_handed_over()
    {
        var problem = ProblemFileReader.Read(Units);

        var (roster, moved) = PoolHandover.HandOver(problem, Planned, Monday.PlusDays(-15));

        Assert.Empty(moved);
        Assert.Equal(Planned, roster);
    }

    [Fact]
    public void Fourteen_days_before_each_shift_no_unit_needs_goes_to_the_pool()
    {
        var problem = ProblemFileReader.Read(Units);

        var (roster, moved) = PoolHandover.HandOver(problem, Planned, Monday.PlusDays(-14));

        // Monday: A goes (B still covers Eken), D goes (E still covers Asken's curve); Tuesday: A goes, C covers Eken.
        Assert.Equal([Works("A", 0, "eken"), Works("D", 0, "asken"), Works("A", 1, "eken")], moved.ToList());
        Assert.Equal(3, roster.Assignments.Count(a => a.Unit == new UnitId("pool")));
        Assert.Contains(Works("B", 0, "eken"), roster.Assignments);
        Assert.Contains(Works("E", 0, "asken"), roster.Assignments);
        Assert.Equal(Planned.Assignments.Length, roster.Assignments.Length);
    }

    [Fact]
    public void A_pinned_shift_and_one_of_staff_without_the_pool_stay()
    {
        var problem = ProblemFileReader.Read(Units.Replace("\"shiftDemands\"", "\"pins\": [ { \"employee\": \"A\", \"date\": \"2027-01-05\", \"shift\": \"D\" } ], \"shiftDemands\"", StringComparison.Ordinal));

        var (_, moved) = PoolHandover.HandOver(problem, Planned, Monday.PlusDays(-3));

        // Tuesday: A is pinned and C may not work at the pool, so Eken keeps both.
        Assert.DoesNotContain(moved, a => a.Date == Monday.PlusDays(1));
        Assert.Equal(2, moved.Length);
    }
}
