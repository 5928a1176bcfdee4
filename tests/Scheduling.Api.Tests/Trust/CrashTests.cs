using Scheduling.Api.V1;

namespace Scheduling.Api.Tests.Trust;

/// <summary>
/// The real service process killed with SIGKILL during a solve and during writes, and two processes on one data
/// directory: no accepted write is lost, a job ends exactly once, and no roster is changed by a process that did
/// not own its job.
/// </summary>
public sealed class CrashTests : IDisposable
{
    private readonly string dataDirectory = TestPaths.TempDirectory();

    public void Dispose()
    {
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A job whose process died is delivered again by the queue after this long (Hangfire's invisibility timeout), not the minute of the default.</summary>
    private const string Redelivery = "--Scheduling:RedeliverySeconds=5";

    private static StartSolveRequest Small(double seconds) => new()
    {
        Problem = Google.Protobuf.JsonParser.Default.Parse<Problem>(File.ReadAllText(TestPaths.Example("small-group-home.json"))),
        Options = new SolveOptions { TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(seconds)), Workers = 2 },
    };

    private static async Task UntilRunningAsync(SolveService.SolveServiceClient solve, string job)
    {
        using var watch = solve.WatchSolve(new WatchSolveRequest { Name = job }, deadline: DateTime.UtcNow.AddSeconds(60));
        while (await watch.ResponseStream.MoveNext(CancellationToken.None) && watch.ResponseStream.Current.SolutionCount == 0)
        {
        }
    }

    private static async Task<SolveJob> WaitForAsync(SolveService.SolveServiceClient solve, string job, Func<SolveJob, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var found = await solve.GetSolveJobAsync(new GetSolveJobRequest { Name = job });
            if (done(found)) return found;
            Assert.True(DateTime.UtcNow < deadline, $"{job} is still {found.State} (restarts {found.Restarts})");
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task A_kill_during_a_solve_and_during_writes_loses_no_accepted_write_and_the_job_ends_exactly_once()
    {
        SolveJob job;
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();
        await using (var first = await HostProcess.StartAsync(dataDirectory, Redelivery))
        {
            var channel = first.Channel();
            var solve = new SolveService.SolveServiceClient(channel);
            job = await solve.StartSolveAsync(Small(120));
            await UntilRunningAsync(solve, job.Name);

            // Four writers at once; the process is killed while their writes are in flight.
            var employees = new EmployeeService.EmployeeServiceClient(channel);
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var id = $"K{w}x{i}";
                    try
                    {
                        await employees.CreateEmployeeAsync(new CreateEmployeeRequest { Parent = "units/solbacken", EmployeeId = id, Employee = new Employee { DisplayName = id, EmploymentRate = 50 } });
                        acknowledged.Add(id);
                    }
                    catch (RpcException)
                    {
                        return; // the process is gone: this write was never acknowledged
                    }
                }
            })).ToList();
            while (acknowledged.Count < 40) await Task.Delay(10);
            await first.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        await using (var second = await HostProcess.StartAsync(dataDirectory, Redelivery))
        {
            var channel = second.Channel();
            var employees = new EmployeeService.EmployeeServiceClient(channel);
            foreach (var id in acknowledged)
                Assert.Equal(id, (await employees.GetEmployeeAsync(new GetEmployeeRequest { Name = $"units/solbacken/employees/{id}" })).DisplayName);

            // The job is picked up once and ends once, with one roster.
            var solve = new SolveService.SolveServiceClient(channel);
            // Delivered again once the dead process's delivery has timed out.
            var again = await WaitForAsync(solve, job.Name, j => j.State == SolveJob.Types.State.Running && j.Restarts > 0);
            Assert.Equal(1, again.Restarts);
            await UntilRunningAsync(solve, job.Name);
            var cancelled = await solve.CancelSolveAsync(new CancelSolveRequest { Name = job.Name });
            Assert.Equal(SolveJob.Types.State.Cancelled, cancelled.State);
            var rosters = await new RosterService.RosterServiceClient(channel).ListRostersAsync(new ListRostersRequest { PageSize = 1000 });
            Assert.Single(rosters.Rosters, r => r.SolveJob == job.Name);
            await second.KillAsync();
        }

        // A third start finds the job ended: it is not run again.
        await using var third = await HostProcess.StartAsync(dataDirectory, Redelivery);
        var ended = await new SolveService.SolveServiceClient(third.Channel()).GetSolveJobAsync(new GetSolveJobRequest { Name = job.Name });
        Assert.Equal(SolveJob.Types.State.Cancelled, ended.State);
        Assert.Equal(1, ended.Restarts);
        Assert.DoesNotContain("Re-queued " + job.Name, third.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_processes_on_one_data_directory_never_change_a_roster_of_a_job_they_do_not_own()
    {
        const string Lease = "--Scheduling:JobLeaseSeconds=3";
        await using var a = await HostProcess.StartAsync(dataDirectory, Lease, Redelivery);
        var solveA = new SolveService.SolveServiceClient(a.Channel());
        var first = await solveA.StartSolveAsync(Small(120));
        await UntilRunningAsync(solveA, first.Name);

        await using var b = await HostProcess.StartAsync(dataDirectory, Lease, Redelivery);
        var solveB = new SolveService.SolveServiceClient(b.Channel());

        // A ends its job and approves the roster; B, which never owned the job, cannot end it or write its roster.
        var cancelled = await solveA.CancelSolveAsync(new CancelSolveRequest { Name = first.Name });
        Assert.Equal(SolveJob.Types.State.Cancelled, cancelled.State);
        var rostersB = new RosterService.RosterServiceClient(b.Channel());
        var approved = await new RosterService.RosterServiceClient(a.Channel()).ApproveRosterAsync(new ApproveRosterRequest { Name = cancelled.Result.Roster });
        Assert.Equal(RosterState.Approved, approved.State);
        var ex = await Assert.ThrowsAsync<RpcException>(() => solveB.CancelSolveAsync(new CancelSolveRequest { Name = first.Name }).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, ex.StatusCode);
        Assert.DoesNotContain("Re-queued " + first.Name, b.Output, StringComparison.Ordinal);

        // A second job; the process Hangfire gave it to (either) is killed. The other takes it over (the dead one's process has
        // ended) and ends it; the approved roster stays approved.
        var second = await solveA.StartSolveAsync(Small(120));
        await UntilRunningAsync(solveA, second.Name);
        var (runner, survivor, solveSurvivor) = a.Output.Contains("Solving " + second.Name + ":", StringComparison.Ordinal) ? (a, b, solveB) : (b, a, solveA);
        await runner.KillAsync();
        var taken = await WaitForAsync(solveSurvivor, second.Name, j => j.State == SolveJob.Types.State.Running && j.Restarts == 1);
        Assert.Contains("Re-queued " + second.Name, survivor.Output, StringComparison.Ordinal);
        await UntilRunningAsync(solveSurvivor, taken.Name);
        var ended = await solveSurvivor.CancelSolveAsync(new CancelSolveRequest { Name = second.Name });
        Assert.Equal(SolveJob.Types.State.Cancelled, ended.State);
        Assert.Equal(RosterState.Approved, (await new RosterService.RosterServiceClient(survivor.Channel()).GetRosterAsync(new GetRosterRequest { Name = cancelled.Result.Roster })).State);
        solveB = solveSurvivor;
        Assert.Equal(SolveJob.Types.State.Cancelled, (await solveB.GetSolveJobAsync(new GetSolveJobRequest { Name = first.Name })).State);
        Assert.Equal(0, (await solveB.GetSolveJobAsync(new GetSolveJobRequest { Name = first.Name })).Restarts);
    }
}
