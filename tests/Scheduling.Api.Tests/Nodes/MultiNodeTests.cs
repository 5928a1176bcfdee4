using Google.Protobuf;
using Scheduling.Api.V1;

namespace Scheduling.Api.Tests.Nodes;

/// <summary>Solve jobs across nodes: each runs exactly once, survives its node's death, and is watched and cancelled from any node.</summary>
public abstract class MultiNodeTests<TNodes>(TNodes nodes)
    where TNodes : ThreeNodes
{
    /// <summary>Three employees, a week, one shift to cover: solved to optimality at once.</summary>
    private static Problem Tiny() => JsonParser.Default.Parse<Problem>("""
        {
          "name": "tiny", "period": { "startDate": "2027-03-01", "days": 7, "timeZone": "Europe/Stockholm" },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480, "kind": "DAY" } ],
          "employees": [ { "id": "E01", "name": "Anna", "maxTotalMinutes": 3000 }, { "id": "E02", "name": "Björn", "maxTotalMinutes": 3000 }, { "id": "E03", "name": "Cecilia", "maxTotalMinutes": 3000 } ],
          "demandCurve": { "slotMinutes": 480, "patterns": [ { "dates": ["2027-03-03"], "from": "08:00", "to": "16:00", "minimum": 1, "ideal": 1 } ] },
          "rulePack": { "id": "tiny", "rules": [ { "id": "demand-minimum" }, { "id": "demand-surplus" } ] }
        }
        """);

    /// <summary>Nine staff over two weeks: a search that goes on until its time limit.</summary>
    private static Problem Small() => JsonParser.Default.Parse<Problem>(File.ReadAllText(TestPaths.Example("small-group-home.json")));

    private static SolveOptions Seconds(double s) => new() { TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(s)), Workers = 2 };

    private static SolveService.SolveServiceClient Solve(HostProcess node) => new(node.Channel());

    /// <summary>Watches a job to its end; every message on the way.</summary>
    private static async Task<List<SolveProgress>> WatchAsync(HostProcess node, string job, Func<SolveProgress, bool>? until = null)
    {
        var seen = new List<SolveProgress>();
        using var watch = Solve(node).WatchSolve(new WatchSolveRequest { Name = job });
        while (await watch.ResponseStream.MoveNext(CancellationToken.None))
        {
            seen.Add(watch.ResponseStream.Current);
            if (until?.Invoke(watch.ResponseStream.Current) == true) break;
        }

        return seen;
    }

    [Fact]
    public async Task Twenty_jobs_submitted_through_three_nodes_all_succeed_and_each_is_solved_exactly_once()
    {
        var through = new[] { nodes.A, nodes.B, nodes.C };
        var jobs = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Solve(through[i % 3]).StartSolveAsync(new StartSolveRequest { Problem = Tiny(), Options = Seconds(5) }).ResponseAsync));
        foreach (var (job, i) in jobs.Select((j, i) => (j, i)))
        {
            // Watched through another node than the one it was sent to.
            var final = (await WatchAsync(through[(i + 1) % 3], job.Name))[^1].FinalJob;
            Assert.Equal(SolveJob.Types.State.Succeeded, final.State);
            Assert.Equal(0, final.Restarts);
            Assert.NotEmpty(final.Result.Roster);
        }

        var output = nodes.Output;
        foreach (var job in jobs)
        {
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(output, "Solving " + job.Name + ":"));
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(output, "Finished " + job.Name + ":"));
        }
    }

    /// <summary>
    /// The node that runs a job (whichever one's worker Hangfire gave it to, not necessarily the one it was sent to) and
    /// the two others, once it has started solving.
    /// </summary>
    private async Task<(HostProcess Runner, HostProcess[] Others)> RunnerAsync(string job)
    {
        var all = new[] { nodes.A, nodes.B, nodes.C };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var runner = all.SingleOrDefault(n => n.Output.Contains("Solving " + job + ":", StringComparison.Ordinal));
            if (runner is not null) return (runner, [.. all.Where(n => n != runner)]);
            Assert.True(DateTime.UtcNow < deadline, $"no node started solving {job}");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task A_watcher_on_one_node_follows_a_job_running_on_another_to_its_end()
    {
        // A long limit, ended by its runner itself once the watcher has seen progress: how long the first roster takes on a busy machine does not matter.
        var job = await Solve(nodes.B).StartSolveAsync(new StartSolveRequest { Problem = Small(), Options = Seconds(120) });
        var (runner, others) = await RunnerAsync(job.Name);
        var seen = new List<SolveProgress>();
        using (var watch = Solve(others[0]).WatchSolve(new WatchSolveRequest { Name = job.Name }))
        {
            while (await watch.ResponseStream.MoveNext(CancellationToken.None))
            {
                seen.Add(watch.ResponseStream.Current);
                if (seen.Count(p => p.SolutionCount > 0) == 1 && seen[^1].SolutionCount > 0)
                    await Solve(runner).CancelSolveAsync(new CancelSolveRequest { Name = job.Name });
            }
        }

        // Progress while it ran on the runner (read from the store), then its end as the runner stored it.
        Assert.Contains(seen, p => p.State == SolveJob.Types.State.Running && p.SolutionCount > 0 && p.Objective > 0 && p.FinalJob is null);
        var final = seen[^1].FinalJob;
        Assert.NotNull(final);
        Assert.Equal(SolveJob.Types.State.Cancelled, final.State);
        Assert.NotEmpty(final.Result.Roster);
        Assert.Contains("Finished " + job.Name, runner.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Solving " + job.Name, others[0].Output + others[1].Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancel_through_one_node_stops_a_job_running_on_another_with_its_best_roster()
    {
        var job = await Solve(nodes.B).StartSolveAsync(new StartSolveRequest { Problem = Small(), Options = Seconds(120) });
        var (runner, others) = await RunnerAsync(job.Name);
        await WatchAsync(others[1], job.Name, p => p.SolutionCount > 0);

        var cancelled = await Solve(others[1]).CancelSolveAsync(new CancelSolveRequest { Name = job.Name });
        Assert.Equal(SolveJob.Types.State.Cancelled, cancelled.State);
        Assert.True(cancelled.Result.Cancelled);
        Assert.NotEmpty(cancelled.Result.Roster);
        Assert.Contains("Cancelling " + job.Name + ": another node stored a cancel request", runner.Output, StringComparison.Ordinal);
        Assert.Equal(SolveJob.Types.State.Cancelled, (await Solve(others[0]).GetSolveJobAsync(new GetSolveJobRequest { Name = job.Name })).State);
    }

    [Fact]
    public async Task The_queue_limits_count_the_jobs_of_every_node()
    {
        // Two nodes on a store of their own that take jobs in but run none (no workers): what waits stays waiting.
        var start = await nodes.OtherStoreAsync();
        string[] limits = ["--Scheduling:SolveWorkers=0", "--Scheduling:QueueCapacity=3", "--Scheduling:MaxJobsPerCaller=2"];
        await using var x = await start(limits);
        await using var y = await start(limits);
        var key = File.ReadAllText(x.KeyFile).Trim();
        string Planner(string who) => Cli.TokenCommand.Mint(key, V1.Auth.SchedulingAuth.Planner, who, null, [], TimeSpan.FromHours(1), DateTimeOffset.UtcNow);
        SolveService.SolveServiceClient Through(HostProcess node, string who) => new(node.Channel(Planner(who)));
        var request = new StartSolveRequest { Problem = Tiny(), Options = Seconds(5) };

        var first = await Through(x, "anna").StartSolveAsync(request);
        await Through(y, "anna").StartSolveAsync(request);
        // Anna's third, through either node, is one too many for her: each node has seen only one or two of hers.
        var ex = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => Through(x, "anna").StartSolveAsync(request).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.ResourceExhausted, ex.StatusCode);
        Assert.Contains("you have 2 solve jobs", ex.Status.Detail, StringComparison.Ordinal);

        await Through(x, "bjorn").StartSolveAsync(request);
        // Three wait (two taken in by x, one by y): the queue is full through y too.
        ex = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => Through(y, "cecilia").StartSolveAsync(request).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.ResourceExhausted, ex.StatusCode);
        Assert.Contains("the solve queue is full (3 jobs waiting)", ex.Status.Detail, StringComparison.Ordinal);

        // Anna's first, taken in by x, cancelled through y: a place frees on both nodes.
        var cancelled = await Through(y, "anna").CancelSolveAsync(new CancelSolveRequest { Name = first.Name });
        Assert.Equal(SolveJob.Types.State.Cancelled, cancelled.State);
        Assert.Equal(SolveJob.Types.State.Queued, (await Through(y, "cecilia").StartSolveAsync(request)).State);
        Assert.Equal(SolveJob.Types.State.Cancelled, (await Through(x, "anna").GetSolveJobAsync(new GetSolveJobRequest { Name = first.Name })).State);
    }

    [Fact]
    public async Task A_job_whose_node_is_killed_mid_solve_is_finished_by_another_node()
    {
        // Two nodes of their own (so the fixture's three stay up for the other tests): Hangfire gives the job to one, it is killed.
        var start = await nodes.OtherStoreAsync();
        await using var first = await start([]);
        await using var second = await start([]);
        var job = await Solve(first).StartSolveAsync(new StartSolveRequest { Problem = Small(), Options = Seconds(12) });
        await WatchAsync(second, job.Name, p => p.State == SolveJob.Types.State.Running && p.SolutionCount > 0);
        var (doomed, survivor) = first.Output.Contains("Solving " + job.Name + ":", StringComparison.Ordinal) ? (first, second) : (second, first);
        await doomed.KillAsync(); // SIGKILL: no shutdown code runs

        var final = (await WatchAsync(survivor, job.Name))[^1].FinalJob;
        Assert.Equal(SolveJob.Types.State.Succeeded, final.State);
        Assert.Equal(1, final.Restarts);
        Assert.NotEmpty(final.Result.Roster);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(survivor.Output, "Re-queued " + job.Name));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(survivor.Output, "Finished " + job.Name + ":"));
    }
}
