using Google.Protobuf;
using Google.Rpc;
using Scheduling.Api.Application;
using Scheduling.Api.V1;
using Scheduling.Domain.Checking;

namespace Scheduling.Api.Tests;

/// <summary>The service as a process over real sockets: a solve from start to roster, and a hard kill.</summary>
public sealed class KestrelTests : IDisposable
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

    private static Problem Small() => JsonParser.Default.Parse<Problem>(File.ReadAllText(TestPaths.Example("small-group-home.json")));

    [Fact]
    public async Task A_solve_streams_its_progress_and_its_roster_passes_the_rule_checker()
    {
        await using var host = await HostProcess.StartAsync(dataDirectory, "--Scheduling:ExampleFile=");
        var channel = host.Channel();
        var solve = new SolveService.SolveServiceClient(channel);
        var job = await solve.StartSolveAsync(new StartSolveRequest
        {
            Problem = Small(),
            Options = new SolveOptions { TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(3)), Workers = 4 },
        });

        // Two watchers; the first leaves early, which must not stop the job.
        using (var leaving = solve.WatchSolve(new WatchSolveRequest { Name = job.Name }))
            Assert.True(await leaving.ResponseStream.MoveNext(CancellationToken.None));
        var progress = new List<SolveProgress>();
        using (var watch = solve.WatchSolve(new WatchSolveRequest { Name = job.Name }, deadline: DateTime.UtcNow.AddSeconds(60)))
            await foreach (var p in watch.ResponseStream.ReadAllAsync()) progress.Add(p);

        Assert.Contains(progress, p => p.SolutionCount > 0);
        // Progress is passed on as the solver reports it (its phases do not always report in falling order), so only the ends are compared.
        var improving = progress.Where(p => p.FinalJob is null && p.SolutionCount > 0).ToList();
        Assert.True(improving[^1].Objective <= improving[0].Objective);
        Assert.Equal(improving.Select(p => p.SolutionCount).Order(), improving.Select(p => p.SolutionCount));
        var final = progress[^1].FinalJob;
        Assert.Equal(SolveJob.Types.State.Succeeded, final.State);
        Assert.Contains(final.Result.Status, new[] { SolveResult.Types.Status.Optimal, SolveResult.Types.Status.Feasible });

        var roster = await new RosterService.RosterServiceClient(channel).GetRosterAsync(new GetRosterRequest { Name = final.Result.Roster });
        var problem = TestProblems.Read(Small());
        var evaluation = RuleChecker.Evaluate(problem, Scheduling.Api.Mapping.RosterMapping.Assignments(roster));
        Assert.True(evaluation.IsFeasible);
        Assert.Equal(final.Result.Objective, evaluation.Penalty);
        Assert.Equal(evaluation.Penalty, roster.Penalty);
        Assert.Equal(evaluation.PenaltyByRule.ToDictionary(), roster.PenaltyByRule.ToDictionary());
        Assert.Equal(problem.Employees.Length, roster.Hours.Count);

        // The same service over JSON (HTTP/1.1) and a bad request over gRPC.
        using var http = new HttpClient { BaseAddress = host.HttpAddress }.With(host.PlannerToken());
        var json = await http.GetAsync(new Uri($"/v1/{final.Result.Roster}?view=BASIC", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Contains("\"penaltyByRule\"", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var bad = Small();
        bad.Employees[0].Id = "";
        var ex = await Assert.ThrowsAsync<RpcException>(() => solve.StartSolveAsync(new StartSolveRequest { Problem = bad }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains(ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations, v => v.Field == "problem.employees[0].id");
    }

    [Fact]
    public async Task A_token_minted_by_the_CLI_from_the_services_own_key_file_opens_the_callers_data_only()
    {
        await using var host = await HostProcess.StartAsync(dataDirectory);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(host.KeyFile));

        var anonymous = new EmployeeService.EmployeeServiceClient(host.Channel(null));
        var ex = await Assert.ThrowsAsync<RpcException>(() => anonymous.GetEmployeeAsync(new GetEmployeeRequest { Name = "units/solbacken/employees/E01" }).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await Cli.CliApp.RunAsync(["token", "--role", "employee", "--employee", "E01", "--unit", "units/solbacken", "--key-file", host.KeyFile, "--valid-for", "10m"], stdout, stderr, CancellationToken.None);
        Assert.True(exit == Cli.CliApp.Ok, stderr.ToString());
        var token = stdout.ToString().Trim();

        var employees = new EmployeeService.EmployeeServiceClient(host.Channel(token));
        Assert.Equal("units/solbacken/employees/E01", (await employees.GetEmployeeAsync(new GetEmployeeRequest { Name = "units/solbacken/employees/E01" })).Name);
        ex = await Assert.ThrowsAsync<RpcException>(() => employees.GetEmployeeAsync(new GetEmployeeRequest { Name = "units/solbacken/employees/E02" }).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, ex.StatusCode);

        using var http = new HttpClient { BaseAddress = host.HttpAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(new Uri("/v1/units/solbacken/employees/E01", UriKind.Relative))).StatusCode);
        http.With(token);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/v1/units/solbacken/employees/E01", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(new Uri("/v1/units/solbacken/employees", UriKind.Relative))).StatusCode);

        // The employee's own client: what they read, and bad input as one line and exit code 1.
        async Task<(int Exit, string Out, string Err)> Me(params string[] args)
        {
            using var o = new StringWriter();
            using var e = new StringWriter();
            var code = await Cli.CliApp.RunAsync(["me", .. args, "--server", host.GrpcAddress.ToString(), "--token", token], o, e, CancellationToken.None);
            return (code, o.ToString(), e.ToString());
        }

        var rate = await Me("rate");
        Assert.True(rate.Exit == Cli.CliApp.Ok, rate.Err);
        Assert.Contains("units/solbacken/employees/E01: rate on record 85 %, full time 38 h 15 min a week (SUNDAYS_AND_HOLIDAYS)", rate.Out, StringComparison.Ordinal);
        Assert.Contains("no wishes", (await Me("wishes")).Out, StringComparison.Ordinal);
        foreach (var bad in new[] { new[] { "choose-rate", "90" }, ["choose-rate", "ninety"], ["submit-wish", "2027-03-05", "lunch"], ["submit-wish", "2027-03-05", "day-off"], ["submit-wish", "2027-03-05", "day-off", "--preference", "day-off=funday"], ["roster"] })
        {
            var (code, output, error) = await Me(bad);
            Assert.True(code == Cli.CliApp.BadInput, $"me {string.Join(' ', bad)}: {code} {error}");
            Assert.Empty(output);
            Assert.Single(error.Trim().Split('\n'));
        }

        // The CLI's remote solve without a token is told how to get one.
        exit = await Cli.CliApp.RunAsync(["solve", "--server", host.GrpcAddress.ToString(), TestPaths.Example("small-group-home.json"), "--time-limit", "1"], stdout, stderr, CancellationToken.None);
        Assert.Equal(Cli.RemoteSolve.ServiceError, exit);
        Assert.Contains("--token", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_CLI_solves_on_the_service_and_prints_the_report()
    {
        await using var host = await HostProcess.StartAsync(dataDirectory, "--Scheduling:ExampleFile=");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await Cli.CliApp.RunAsync(
            ["solve", "--server", host.GrpcAddress.ToString(), "--token", host.PlannerToken(), TestPaths.Example("small-group-home.json"), "--time-limit", "3", "--workers", "4"],
            stdout, stderr, CancellationToken.None);
        Assert.True(exit == Cli.CliApp.Ok, stderr.ToString());
        Assert.Contains("started solveJobs/", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("solution", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("Rule checks: 0 hard violations", stdout.ToString(), StringComparison.Ordinal);

        var bad = Path.Combine(dataDirectory, "bad.json");
        await File.WriteAllTextAsync(bad, (await File.ReadAllTextAsync(TestPaths.Example("small-group-home.json"))).Replace("\"employmentRate\": 100", "\"employmentRate\": 100, \"shoeSize\": 44", StringComparison.Ordinal));
        exit = await Cli.CliApp.RunAsync(["solve", "--server", host.GrpcAddress.ToString(), "--token", host.PlannerToken(), bad], stdout, stderr, CancellationToken.None);
        Assert.Equal(Cli.CliApp.BadInput, exit);
    }

    [Fact]
    public async Task A_job_running_when_the_process_is_killed_is_found_and_requeued_at_the_next_start()
    {
        SolveJob job;
        await using (var first = await HostProcess.StartAsync(dataDirectory, "--Scheduling:RedeliverySeconds=5"))
        {
            var channel = first.Channel();
            var employees = new EmployeeService.EmployeeServiceClient(channel);
            await employees.CreateEmployeeAsync(new CreateEmployeeRequest { Parent = "units/solbacken", EmployeeId = "NEW1", Employee = new Employee { DisplayName = "Ny", EmploymentRate = 50 } });
            var solve = new SolveService.SolveServiceClient(channel);
            job = await solve.StartSolveAsync(new StartSolveRequest
            {
                Problem = Small(),
                Options = new SolveOptions { TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(120)), Workers = 2 },
            });
            using var watch = solve.WatchSolve(new WatchSolveRequest { Name = job.Name });
            while (await watch.ResponseStream.MoveNext(CancellationToken.None) && watch.ResponseStream.Current.State != SolveJob.Types.State.Running)
            {
            }

            await first.KillAsync();
        }

        // The queue delivers it again once the dead process's delivery has timed out (RedeliverySeconds).
        await using var second = await HostProcess.StartAsync(dataDirectory, "--Scheduling:RedeliverySeconds=5");
        var again = second.Channel();
        var solveAgain = new SolveService.SolveServiceClient(again);
        var found = await solveAgain.GetSolveJobAsync(new GetSolveJobRequest { Name = job.Name });
        for (var waited = System.Diagnostics.Stopwatch.StartNew(); found.Restarts == 0 && waited.Elapsed < TimeSpan.FromSeconds(60); found = await solveAgain.GetSolveJobAsync(new GetSolveJobRequest { Name = job.Name }))
            await Task.Delay(250);
        Assert.Equal(1, found.Restarts);
        Assert.Contains(found.State, new[] { SolveJob.Types.State.Queued, SolveJob.Types.State.Running });
        Assert.Equal(job.ProblemName, found.ProblemName);
        Assert.Contains("Re-queued " + job.Name, second.Output, StringComparison.Ordinal);

        // The data written before the kill is there, and the example unit was not loaded twice.
        var employee = await new EmployeeService.EmployeeServiceClient(again).GetEmployeeAsync(new GetEmployeeRequest { Name = "units/solbacken/employees/NEW1" });
        Assert.Equal(50, employee.EmploymentRate);
        Assert.DoesNotContain("Loaded the example unit", second.Output, StringComparison.Ordinal);

        // It runs again and ends with a roster when cancelled.
        using (var watch = solveAgain.WatchSolve(new WatchSolveRequest { Name = job.Name }))
            while (await watch.ResponseStream.MoveNext(CancellationToken.None) && watch.ResponseStream.Current.SolutionCount == 0)
            {
            }

        var cancelled = await solveAgain.CancelSolveAsync(new CancelSolveRequest { Name = job.Name });
        Assert.Equal(SolveJob.Types.State.Cancelled, cancelled.State);
        Assert.NotEmpty(cancelled.Result.Roster);
    }
}
