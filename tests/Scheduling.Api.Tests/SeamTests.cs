using Google.Protobuf;
using Google.Rpc;
using Scheduling.Api.V1;
using Period = Scheduling.Api.V1.Period;

namespace Scheduling.Api.Tests;

/// <summary>
/// The seam between periods through the service: a problem by reference takes its history from the unit's published
/// roster of the previous period (unless the request gives one), and a bad history is INVALID_ARGUMENT with its field path.
/// </summary>
[Collection(ServerCollection.Name)]
public class SeamTests(InMemoryServer server)
{
    private const string UnitId = "seam-test";
    private const string Unit = "units/" + UnitId;

    /// <summary>A unit of one nurse, early and night shifts, daily rest, and the need of one early shift on 8 March 2027.</summary>
    private const string UnitJson = """
        {
          "name": "Sömmen", "period": { "startDate": "2027-03-01", "days": 7, "timeZone": "Europe/Stockholm" },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480, "kind": "DAY" }, { "code": "N", "startTime": "21:00", "durationMinutes": 600, "kind": "NIGHT" } ],
          "employees": [ { "id": "E1", "name": "Eva", "maxTotalMinutes": 6000 } ],
          "demandCurve": { "slotMinutes": 480, "patterns": [ { "dates": ["2027-03-08"], "from": "07:00", "to": "15:00", "minimum": 1, "ideal": 1 } ] },
          "rulePack": { "id": "seam", "rules": [ { "id": "daily-rest" }, { "id": "weekly-rest" }, { "id": "max-shift" }, { "id": "period-hours" }, { "id": "demand-minimum", "weight": 5 } ] }
        }
        """;

    private static Period Week(string start) => new() { StartDate = start, Days = 7 };

    private async Task EnsureUnitAsync()
    {
        var units = new UnitService.UnitServiceClient(server.Channel());
        try
        {
            await units.GetUnitAsync(new GetUnitRequest { Name = Unit });
            return;
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
        }

        await units.ImportUnitAsync(new ImportUnitRequest { UnitId = UnitId, Problem = JsonParser.Default.Parse<Problem>(UnitJson) });

        // The week before, published: Eva works early shifts Tuesday to Saturday and the night of Sunday 7 March.
        await PublishedRosters.StoreAsync(server.Services, "seam-previous", Unit, JsonParser.Default.Parse<Problem>(UnitJson), new DateTimeOffset(2027, 2, 20, 12, 0, 0, TimeSpan.Zero),
            [.. Enumerable.Range(2, 5).Select(day => new Assignment { Employee = "E1", Date = $"2027-03-0{day}", Shift = "D" }), new Assignment { Employee = "E1", Date = "2027-03-07", Shift = "N" }]);
    }

    [Fact]
    public async Task A_problem_by_reference_takes_its_history_from_the_published_previous_period()
    {
        await EnsureUnitAsync();
        var units = new UnitService.UnitServiceClient(server.Channel());

        var problem = await units.GetUnitProblemAsync(new GetUnitProblemRequest { Unit = Unit, Period = Week("2027-03-08") });

        Assert.Equal(
            ["2027-03-02 D", "2027-03-03 D", "2027-03-04 D", "2027-03-05 D", "2027-03-06 D", "2027-03-07 N"],
            problem.History.Select(h => $"{h.Date} {h.Shift}"));
        Assert.All(problem.History, h => Assert.Equal("E1", h.Employee));

        // The published week itself has nothing published before it.
        Assert.Empty((await units.GetUnitProblemAsync(new GetUnitProblemRequest { Unit = Unit, Period = Week("2027-03-01") })).History);
    }

    [Fact]
    public async Task A_solve_by_reference_keeps_daily_rest_after_the_published_night_and_marks_the_seam()
    {
        await EnsureUnitAsync();
        var channel = server.Channel();
        var solve = new SolveService.SolveServiceClient(channel);
        var rosters = new RosterService.RosterServiceClient(channel);

        var roster = await SolvedAsync(solve, rosters, new ProblemReference { Unit = Unit, Period = Week("2027-03-08") });

        // After Sunday's night (to 07:00 on Monday) Eva cannot take Monday's early shift: the need goes uncovered instead.
        Assert.DoesNotContain(roster.Assignments, a => a.Date == "2027-03-08");
        Assert.False(roster.Violations.Any(v => v.Hard), string.Join("; ", roster.Violations.Where(v => v.Hard).Select(v => $"{v.Rule} {v.Employee} {string.Join(',', v.Dates)}: {v.Message}")));

        // Given its own history (no night before), the same request may cover Monday.
        var own = new ProblemReference { Unit = Unit, Period = Week("2027-03-08"), History = { new HistoryShiftSpec { Employee = "E1", Date = "2027-03-06", Shift = "D" } } };
        var covered = await SolvedAsync(solve, rosters, own);
        Assert.Contains(covered.Assignments, a => a.Date == "2027-03-08" && a.Shift == "D");
    }

    [Fact]
    public async Task A_bad_history_is_INVALID_ARGUMENT_with_its_field_path()
    {
        await EnsureUnitAsync();
        var solve = new SolveService.SolveServiceClient(server.Channel());

        var problem = JsonParser.Default.Parse<Problem>(UnitJson);
        problem.History.Add(new HistoryShiftSpec { Employee = "E9", Date = "2027-02-28", Shift = "N" });
        problem.History.Add(new HistoryShiftSpec { Employee = "E1", Date = "2027-02-27", Shift = "X" });
        problem.History.Add(new HistoryShiftSpec { Employee = "E1", Date = "2027-03-01", Shift = "D" });
        var ex = await Assert.ThrowsAsync<RpcException>(() => solve.StartSolveAsync(new StartSolveRequest { Problem = problem }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Equal(["problem.history[0].employee", "problem.history[1].shift", "problem.history[2].date"],
            ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field));

        var reference = new ProblemReference { Unit = Unit, Period = Week("2027-03-08"), History = { new HistoryShiftSpec { Employee = "E1", Date = "2027-03-07", Shift = "D" }, new HistoryShiftSpec { Employee = "E1", Date = "2027-03-07", Shift = "N" } } };
        ex = await Assert.ThrowsAsync<RpcException>(() => solve.StartSolveAsync(new StartSolveRequest { Reference = reference }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Equal(["reference.history[1]"], ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task A_violation_across_the_seam_is_marked_in_the_roster_over_gRPC()
    {
        // A soft forbidden succession N → D, the night on the last day before and a pinned early on the first day.
        var problem = JsonParser.Default.Parse<Problem>(UnitJson.Replace(
            "{ \"id\": \"daily-rest\" }",
            "{ \"id\": \"forbidden-successions\", \"weight\": 7, \"parameters\": { \"successions\": [ { \"from\": \"N\", \"to\": \"D\" } ] } }, { \"id\": \"pins\" }",
            StringComparison.Ordinal));
        problem.Pins.Add(new PinSpec { Employee = "E1", Date = "2027-03-01", Shift = "D" });
        problem.History.Add(new HistoryShiftSpec { Employee = "E1", Date = "2027-02-28", Shift = "N" });
        var channel = server.Channel();
        var solve = new SolveService.SolveServiceClient(channel);
        var job = await solve.StartSolveAsync(new StartSolveRequest
        {
            Problem = problem,
            Options = new SolveOptions { TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(5)), Workers = 2 },
        });
        using (var watch = solve.WatchSolve(new WatchSolveRequest { Name = job.Name }))
            while (await watch.ResponseStream.MoveNext(CancellationToken.None)) job = watch.ResponseStream.Current.FinalJob ?? job;
        var roster = await new RosterService.RosterServiceClient(channel).GetRosterAsync(new GetRosterRequest { Name = job.Result.Roster });

        var seam = Assert.Single(roster.Violations, v => v.Rule == "forbidden-successions");
        Assert.True(seam.InvolvesHistory);
        Assert.Equal(["2027-02-28", "2027-03-01"], seam.Dates);
        Assert.Equal(7, seam.Penalty);
        Assert.DoesNotContain(roster.Violations, v => v.Rule != "forbidden-successions" && v.InvolvesHistory);
    }

    private static async Task<Roster> SolvedAsync(SolveService.SolveServiceClient solve, RosterService.RosterServiceClient rosters, ProblemReference reference)
    {
        var job = await solve.StartSolveAsync(new StartSolveRequest
        {
            Reference = reference,
            Options = new SolveOptions { TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(5)), Workers = 2 },
        });
        using (var watch = solve.WatchSolve(new WatchSolveRequest { Name = job.Name }))
            while (await watch.ResponseStream.MoveNext(CancellationToken.None)) job = watch.ResponseStream.Current.FinalJob ?? job;
        Assert.Equal(SolveJob.Types.State.Succeeded, job.State);
        return await rosters.GetRosterAsync(new GetRosterRequest { Name = job.Result.Roster });
    }
}
