using Google.Protobuf;
using Google.Rpc;
using Scheduling.Api.V1;

namespace Scheduling.Api.Tests;

/// <summary>Solve jobs through the in-memory server (one worker, a queue of one).</summary>
[Collection(ServerCollection.Name)]
public class SolveServiceTests(InMemoryServer server)
{
    private static Problem Small() => JsonParser.Default.Parse<Problem>(File.ReadAllText(TestPaths.Example("small-group-home.json")));

    private static SolveOptions Seconds(double s) => new() { TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(s)), Workers = 2 };

    [Fact]
    public async Task A_bad_problem_is_INVALID_ARGUMENT_with_field_violations_and_no_job()
    {
        var solve = new SolveService.SolveServiceClient(server.Channel());
        var problem = Small();
        problem.Employees[1].EmploymentRate = 0;
        problem.Period.Days = 400;
        var ex = await Assert.ThrowsAsync<RpcException>(() => solve.StartSolveAsync(new StartSolveRequest { Problem = problem, Options = new SolveOptions { Workers = 99 } }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        var fields = ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field).ToList();
        Assert.Contains("problem.period.days", fields);

        ex = await Assert.ThrowsAsync<RpcException>(() => solve.StartSolveAsync(new StartSolveRequest { Problem = Small(), Options = new SolveOptions { Workers = 99, Seed = -1 } }).ResponseAsync);
        fields = ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field).ToList();
        Assert.Equal(["options.workers", "options.seed"], fields);

        ex = await Assert.ThrowsAsync<RpcException>(() => solve.StartSolveAsync(new StartSolveRequest()).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);

        ex = await Assert.ThrowsAsync<RpcException>(() => solve.GetSolveJobAsync(new GetSolveJobRequest { Name = "solveJobs/nope" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
    }

    [Fact]
    public async Task A_full_queue_is_RESOURCE_EXHAUSTED_and_cancel_keeps_the_best_roster_so_far()
    {
        var channel = server.Channel();
        var solve = new SolveService.SolveServiceClient(channel);
        var rosters = new RosterService.RosterServiceClient(channel);

        // By reference: the example unit, a week. It runs (the one worker), the next waits (the queue of one), the third is refused.
        var reference = new ProblemReference { Unit = "units/solbacken", Period = new Period { StartDate = "2027-03-01", Days = 7 } };
        var running = await solve.StartSolveAsync(new StartSolveRequest { Reference = reference, Options = Seconds(60) });
        Assert.Equal("units/solbacken", running.Unit);
        using var watch = solve.WatchSolve(new WatchSolveRequest { Name = running.Name });
        // Wait for its first roster, so cancelling it has one to keep.
        while (await watch.ResponseStream.MoveNext(CancellationToken.None) && watch.ResponseStream.Current.SolutionCount == 0)
        {
        }

        var waiting = await solve.StartSolveAsync(new StartSolveRequest { Problem = Small(), Options = Seconds(60) });
        Assert.Equal(SolveJob.Types.State.Queued, waiting.State);
        var full = await Assert.ThrowsAsync<RpcException>(() => solve.StartSolveAsync(new StartSolveRequest { Problem = Small(), Options = Seconds(60) }).ResponseAsync);
        Assert.Equal(StatusCode.ResourceExhausted, full.StatusCode);
        Assert.NotNull(full.GetRpcStatus()!.GetDetail<RetryInfo>());

        var cancelledWaiting = await solve.CancelSolveAsync(new CancelSolveRequest { Name = waiting.Name });
        Assert.Equal(SolveJob.Types.State.Cancelled, cancelledWaiting.State);
        Assert.Empty(cancelledWaiting.Result.Roster);

        var cancelled = await solve.CancelSolveAsync(new CancelSolveRequest { Name = running.Name });
        Assert.Equal(SolveJob.Types.State.Cancelled, cancelled.State);
        Assert.True(cancelled.Result.Cancelled);
        Assert.NotEmpty(cancelled.Result.Roster);
        var roster = await rosters.GetRosterAsync(new GetRosterRequest { Name = cancelled.Result.Roster });
        Assert.NotEmpty(roster.Assignments);
        Assert.Equal(cancelled.Result.Objective, roster.Penalty);

        // The watcher sees the end too, and a finished job cannot be cancelled again.
        SolveProgress last = watch.ResponseStream.Current;
        while (await watch.ResponseStream.MoveNext(CancellationToken.None)) last = watch.ResponseStream.Current;
        Assert.Equal(SolveJob.Types.State.Cancelled, last.FinalJob.State);
        var again = await Assert.ThrowsAsync<RpcException>(() => solve.CancelSolveAsync(new CancelSolveRequest { Name = running.Name }).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);

        var listed = await rosters.ListRostersAsync(new ListRostersRequest { Parent = "units/solbacken" });
        Assert.Contains(listed.Rosters, r => r.Name == roster.Name && r.Assignments.Count == 0);
        var jobs = await solve.ListSolveJobsAsync(new ListSolveJobsRequest { Unit = "units/solbacken" });
        Assert.Contains(jobs.SolveJobs, j => j.Name == running.Name);
    }
}
