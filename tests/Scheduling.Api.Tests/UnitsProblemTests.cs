using Google.Protobuf;
using Google.Rpc;
using Scheduling.Api.V1;

namespace Scheduling.Api.Tests;

/// <summary>
/// A problem of several units through the service: its units, booking order and pool in the Problem message, the roster
/// saying where each shift is worked and the report per unit; a bad unit is INVALID_ARGUMENT with its field path.
/// </summary>
[Collection(ServerCollection.Name)]
public class UnitsProblemTests(InMemoryServer server)
{
    /// <summary>
    /// A of Eken works all four days; Eken needs one person on Monday and Tuesday only, Asken (Eken's nearby unit) one on
    /// Wednesday, the pool one on Wednesday and Thursday: with pool-order A goes home, home, Asken, pool.
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

    private static Problem Parse(string json) => JsonParser.Default.Parse<Problem>(json);

    [Fact]
    public async Task A_problem_of_three_units_solves_and_reports_per_unit()
    {
        var channel = server.Channel();
        var solve = new SolveService.SolveServiceClient(channel);
        var rosters = new RosterService.RosterServiceClient(channel);

        var job = await solve.StartSolveAsync(new StartSolveRequest
        {
            Problem = Parse(Municipality),
            Options = new SolveOptions { TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(10)), Workers = 2 },
        });
        using (var watch = solve.WatchSolve(new WatchSolveRequest { Name = job.Name }))
            while (await watch.ResponseStream.MoveNext(CancellationToken.None)) job = watch.ResponseStream.Current.FinalJob ?? job;
        Assert.Equal(SolveJob.Types.State.Succeeded, job.State);
        var roster = await rosters.GetRosterAsync(new GetRosterRequest { Name = job.Result.Roster });

        Assert.Equal(["eken", "eken", "asken", "pool"], roster.Assignments.OrderBy(a => a.Date, StringComparer.Ordinal).Select(a => a.Unit));
        Assert.Equal(60, roster.PenaltyByRule["pool-order"]);
        var a = Assert.Single(roster.Pool.Employees);
        Assert.Equal(("A", "eken", 960L, 960L, 2), (a.Employee, a.HomeUnit, a.HomeMinutes, a.PoolMinutes, a.PoolShifts));
        Assert.Equal(["eken:0:0", "asken:0:480", "pool:0:480"], roster.Pool.Units.Select(u => $"{u.Unit}:{u.OverCoverMinutes}:{u.PoolMinutesReceived}"));
        Assert.Contains(roster.ShiftCover, c => c.Unit == "pool" && c.Date == "2027-01-06" && c.Assigned == 0);
    }

    [Fact]
    public async Task A_bad_unit_is_INVALID_ARGUMENT_with_its_field_path()
    {
        var solve = new SolveService.SolveServiceClient(server.Channel());
        var problem = Parse(Municipality);
        problem.Units[0].BookingOrder.Add("lonnen");
        problem.ShiftDemands[0].Unit = "granen";

        var ex = await Assert.ThrowsAsync<RpcException>(() => solve.StartSolveAsync(new StartSolveRequest { Problem = problem }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        var fields = ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field).ToList();
        Assert.Contains("problem.units[0].bookingOrder[1]", fields);
        Assert.Contains("problem.shiftDemands[0].unit", fields);

        problem = Parse(Municipality);
        problem.Employees[0].Competences.Add(new CompetenceGrant { Competence = "med", Units = { "eken", "" } });
        ex = await Assert.ThrowsAsync<RpcException>(() => solve.StartSolveAsync(new StartSolveRequest { Problem = problem }).ResponseAsync);
        Assert.Equal("problem.employees[0].competences[0].units[1]", Assert.Single(ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations).Field);
    }
}
