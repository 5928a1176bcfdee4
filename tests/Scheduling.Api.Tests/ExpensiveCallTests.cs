using Google.Protobuf;
using Google.Rpc;
using Microsoft.Extensions.DependencyInjection;
using Scheduling.Api.Application;
using Scheduling.Api.Application.Review;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using Scheduling.Api.V1.Auth;
using Duration = Google.Protobuf.WellKnownTypes.Duration;
using Period = Scheduling.Api.V1.Period;

namespace Scheduling.Api.Tests;

/// <summary>
/// Calls that cost the server much are bounded: a pricing waits a bounded time for a slot, an employee's reasons are
/// explained once per roster version, GetMyRoster reads the published rosters only, one caller cannot fill the queue.
/// </summary>
public sealed class ExpensiveCallTests : IAsyncLifetime, IDisposable
{
    private const string Unit = "units/solbacken";
    private readonly ClockedServer server = new(("Scheduling:PricingWaitSeconds", "0.5"), ("Scheduling:MaxJobsPerCaller", "2"));

    public Task InitializeAsync() => SmallRoster.PublishAsync(server.Services);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => server.Dispose();

    private static Duration Seconds(double s) => Duration.FromTimeSpan(TimeSpan.FromSeconds(s));

    [Fact]
    public async Task A_pricing_that_finds_no_free_slot_in_time_is_RESOURCE_EXHAUSTED()
    {
        var prices = server.Services.GetRequiredService<WishPrices>();
        var rosters = new RosterService.RosterServiceClient(server.Channel(TestTokens.Manager(Unit)));
        var request = new PriceWishRequest { Name = SmallRoster.Name, Wish = new WishSpec { Employee = "E01", Date = "2027-03-03", Kind = WishKind.DayOff }, TimeLimit = Seconds(1) };

        var waited = Stopwatch.StartNew();
        using (await prices.SlotAsync(CancellationToken.None)) // the server's one slot (Concurrency 1) is taken
        {
            var ex = await Assert.ThrowsAsync<RpcException>(() => rosters.PriceWishAsync(request).ResponseAsync);
            Assert.Equal(StatusCode.ResourceExhausted, ex.StatusCode);
            Assert.NotNull(ex.GetRpcStatus()!.GetDetail<RetryInfo>());
        }

        Assert.True(waited.Elapsed < TimeSpan.FromSeconds(5), $"waited {waited.Elapsed}");
        Assert.Equal(2, (await rosters.PriceWishAsync(request)).Changes.Count); // free again
    }

    [Fact]
    public async Task An_employees_reasons_are_explained_once_per_roster_version_and_language()
    {
        var review = server.Services.GetRequiredService<RosterReports>();
        var anna = new EmployeeSelfService.EmployeeSelfServiceClient(server.Channel(TestTokens.Employee(Unit, "E01")));
        var built = review.ReportsBuilt;

        var first = await anna.GetMyWishOutcomesAsync(new GetMyWishOutcomesRequest { Language = "en" });
        var second = await anna.GetMyWishOutcomesAsync(new GetMyWishOutcomesRequest { Language = "en" });
        Assert.Equal(first, second);
        Assert.Equal(built + 1, review.ReportsBuilt);

        // Once the whole roster's report in that language is kept (the manager read it), an employee's come from it.
        await new RosterService.RosterServiceClient(server.Channel(TestTokens.Manager(Unit))).GetRosterAsync(new GetRosterRequest { Name = SmallRoster.Name, Language = "en" });
        Assert.Equal(built + 2, review.ReportsBuilt);
        var bjorn = new EmployeeSelfService.EmployeeSelfServiceClient(server.Channel(TestTokens.Employee(Unit, "E02")));
        await bjorn.GetMyWishOutcomesAsync(new GetMyWishOutcomesRequest { Language = "en" });
        Assert.Equal(built + 2, review.ReportsBuilt);
    }

    [Fact]
    public async Task One_caller_has_at_most_MaxJobsPerCaller_jobs_queued_or_running()
    {
        var problem = JsonParser.Default.Parse<Problem>(await File.ReadAllTextAsync(TestPaths.Example("small-group-home.json")));
        var options = new SolveOptions { TimeLimit = Seconds(60), Workers = 1 };
        var first = new SolveService.SolveServiceClient(server.Channel(TestTokens.Planner()));
        var other = new SolveService.SolveServiceClient(server.Channel(Cli.TokenCommand.Mint(TestTokens.Key, SchedulingAuth.Planner, "another-planner", null, [], TimeSpan.FromHours(1), DateTimeOffset.UtcNow)));
        var started = new List<SolveJob>();
        try
        {
            started.Add(await first.StartSolveAsync(new StartSolveRequest { Problem = problem, Options = options }));
            started.Add(await first.StartSolveAsync(new StartSolveRequest { Problem = problem, Options = options }));
            var ex = await Assert.ThrowsAsync<RpcException>(() => first.StartSolveAsync(new StartSolveRequest { Problem = problem, Options = options }).ResponseAsync);
            Assert.Equal(StatusCode.ResourceExhausted, ex.StatusCode);
            Assert.Contains("2 solve jobs", ex.Status.Detail, StringComparison.Ordinal);

            started.Add(await other.StartSolveAsync(new StartSolveRequest { Problem = problem, Options = options })); // another caller still may

            // A job that ends frees its place.
            await first.CancelSolveAsync(new CancelSolveRequest { Name = started[1].Name });
            started.Add(await first.StartSolveAsync(new StartSolveRequest { Problem = problem, Options = options }));
        }
        finally
        {
            foreach (var job in started)
            {
                try
                {
                    await first.CancelSolveAsync(new CancelSolveRequest { Name = job.Name });
                }
                catch (RpcException)
                {
                }
            }
        }
    }
}

/// <summary>GetMyRoster reads the unit's published rosters only, however many proposals the unit has.</summary>
public sealed class MyRosterReadTests : IDisposable
{
    private const string Unit = "units/solbacken";
    private readonly CountingServer server = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task GetMyRoster_reads_the_published_roster_not_every_roster_of_the_unit()
    {
        var store = server.Services.GetRequiredService<ISchedulingStore>();
        await SmallRoster.PublishAsync(server.Services);
        for (var i = 0; i < 40; i++)
        {
            var job = new SolveJob { Name = $"solveJobs/p{i}", Unit = Unit, State = SolveJob.Types.State.Succeeded };
            await store.CreateJobAsync(job, new Problem(), CancellationToken.None);
            await store.FinishJobAsync(job, new Roster { Name = $"rosters/p{i}", Unit = Unit, SolveJob = job.Name, State = RosterState.Proposed, Period = new Period { StartDate = "2027-03-01", Days = 7 } }, CancellationToken.None);
        }

        var anna = new EmployeeSelfService.EmployeeSelfServiceClient(server.Channel(TestTokens.Employee(Unit, "E01")));
        server.RostersRead = 0;
        var mine = await anna.GetMyRosterAsync(new GetMyRosterRequest());
        Assert.Equal(SmallRoster.Name, mine.Roster);
        Assert.True(server.RostersRead <= 2, $"read {server.RostersRead} rosters");
        server.RostersRead = 0;
        await anna.GetMyRosterAsync(new GetMyRosterRequest { PeriodStart = "2027-03-01" });
        Assert.True(server.RostersRead <= 2, $"read {server.RostersRead} rosters");
    }

    /// <summary>The in-memory server with a store that counts the rosters it hands out.</summary>
    private sealed class CountingServer : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        private readonly string dataDirectory = TestPaths.TempDirectory();
        private int rostersRead;

        public int RostersRead { get => Volatile.Read(ref rostersRead); set => Volatile.Write(ref rostersRead, value); }

        public CallInvoker Channel(string token) =>
            Grpc.Net.Client.GrpcChannel.ForAddress(Server.BaseAddress, new Grpc.Net.Client.GrpcChannelOptions { HttpHandler = Server.CreateHandler() }).CreateCallInvoker().With(token);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Scheduling:DataDirectory", dataDirectory);
            builder.UseSetting("Scheduling:Auth:SigningKey", TestTokens.Key);
            builder.ConfigureTestServices(s => s.AddSingleton<ISchedulingStore>(sp =>
            {
                var proxy = DispatchProxy.Create<ISchedulingStore, Counting>();
                ((Counting)(object)proxy).Inner = sp.GetRequiredService<SqliteSchedulingStore>();
                ((Counting)(object)proxy).Read = n => Interlocked.Add(ref rostersRead, n);
                return proxy;
            }));
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            try
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>Passes every call on; counts the rosters in what the store's roster reads return.</summary>
#pragma warning disable CA1852 // DispatchProxy needs a type it can derive from.
    public class Counting : DispatchProxy
#pragma warning restore CA1852
    {
        public ISchedulingStore Inner { get; set; } = null!;

        public Action<int> Read { get; set; } = _ => { };

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            var result = targetMethod!.Invoke(Inner, args);
            switch (result)
            {
                case Task<IReadOnlyList<StoredRoster>> list:
                    list.ContinueWith(t => Read(t.Result.Count), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously | TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
                    break;
                case Task<StoredRoster?> one when targetMethod.Name == nameof(ISchedulingStore.GetRosterAsync):
                    one.ContinueWith(t => Read(t.Result is null ? 0 : 1), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously | TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
                    break;
            }

            return result;
        }
    }
}

/// <summary>The size of a solve's work is checked before any expansion, and a request asks for at most so many workers.</summary>
public sealed class WorkSizeTests(InMemoryServer server) : IClassFixture<InMemoryServer>
{
    private SolveService.SolveServiceClient Solve() => new(server.Channel());

    /// <summary>One employee, one template, four weeks: a tiny model, with a demand curve of many patterns in five-minute slots.</summary>
    private static Problem TinyModelHugeCurve(int patterns)
    {
        var problem = JsonParser.Default.Parse<Problem>("""
            {
              "period": { "startDate": "2027-03-01", "days": 28 },
              "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ],
              "employees": [ { "id": "E01", "maxTotalMinutes": 9000 } ],
              "demandCurve": { "slotMinutes": 5 }
            }
            """);
        problem.DemandCurve.Patterns.AddRange(Enumerable.Range(0, patterns).Select(i => new DemandPattern { From = "00:00", To = "24:00", Minimum = 0, Ideal = 1 + (i % 3) }));
        return problem;
    }

    [Fact]
    public async Task A_demand_curve_too_large_to_expand_is_INVALID_ARGUMENT_before_it_is_expanded()
    {
        var problem = TinyModelHugeCurve(3000); // 3000 patterns × 28 days × 288 slots = 24 192 000
        var took = Stopwatch.StartNew();
        var ex = await Assert.ThrowsAsync<RpcException>(() => Solve().StartSolveAsync(new StartSolveRequest { Problem = problem }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("demand curve", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("24192000", ex.Status.Detail.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(took.Elapsed < TimeSpan.FromSeconds(3), $"answered in {took.Elapsed}");
    }

    [Fact]
    public async Task A_unit_whose_stored_curve_is_too_large_for_the_period_is_refused_before_it_is_expanded()
    {
        var demand = new DemandService.DemandServiceClient(server.Channel());
        var tooMany = TinyModelHugeCurve(1001).DemandCurve;
        var refused = await Assert.ThrowsAsync<RpcException>(() => demand.UpdateDemandCurveAsync(new UpdateDemandCurveRequest { DemandCurve = new DemandCurve { Name = "units/solbacken/demandCurve", SlotMinutes = 5, Patterns = { tooMany.Patterns } } }).ResponseAsync);
        Assert.Equal("demandCurve.patterns", Assert.Single(refused.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations).Field);

        // 1000 patterns pass for a day, and are 1000 × 28 × 288 slots to expand for four weeks.
        var curve = TinyModelHugeCurve(1000).DemandCurve;
        await demand.UpdateDemandCurveAsync(new UpdateDemandCurveRequest { DemandCurve = new DemandCurve { Name = "units/solbacken/demandCurve", SlotMinutes = 5, Patterns = { curve.Patterns } } });
        try
        {
            var took = Stopwatch.StartNew();
            var ex = await Assert.ThrowsAsync<RpcException>(() => new UnitService.UnitServiceClient(server.Channel()).GetUnitProblemAsync(
                new GetUnitProblemRequest { Unit = "units/solbacken", Period = new Period { StartDate = "2027-03-01", Days = 28 } }).ResponseAsync);
            Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
            Assert.Contains("demand curve", ex.Status.Detail, StringComparison.Ordinal);
            Assert.True(took.Elapsed < TimeSpan.FromSeconds(3), $"answered in {took.Elapsed}");
        }
        finally
        {
            var example = JsonParser.Default.Parse<Problem>(await File.ReadAllTextAsync(TestPaths.Example("care-home-solbacken.json")));
            await demand.UpdateDemandCurveAsync(new UpdateDemandCurveRequest { DemandCurve = new DemandCurve { Name = "units/solbacken/demandCurve", SlotMinutes = example.DemandCurve.SlotMinutes, Patterns = { example.DemandCurve.Patterns } } });
        }
    }

    [Fact]
    public async Task A_request_for_more_than_MaxWorkers_workers_is_INVALID_ARGUMENT()
    {
        var problem = JsonParser.Default.Parse<Problem>(await File.ReadAllTextAsync(TestPaths.Example("small-group-home.json")));
        var ex = await Assert.ThrowsAsync<RpcException>(() => Solve().StartSolveAsync(new StartSolveRequest { Problem = problem, Options = new SolveOptions { Workers = 9 } }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        var violation = Assert.Single(ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations);
        Assert.Equal("options.workers", violation.Field);
        Assert.Contains("at most 8", violation.Description, StringComparison.Ordinal);
    }
}

/// <summary>A job that takes the process down with it is not started again at every start: its starts are counted in the store.</summary>
public sealed class JobAttemptTests : IDisposable
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

    [Fact]
    public async Task A_job_found_running_after_MaxRestarts_starts_is_FAILED_with_the_reason()
    {
        // The jobs are left by an earlier store of this same process, so they count as another process's until their
        // lease (the shortest, 1 s) runs out: as after a crash, once the dead process stopped renewing.
        var options = Microsoft.Extensions.Options.Options.Create(new StoreOptions { DataDirectory = dataDirectory, JobLeaseSeconds = 1 });
        var problem = JsonParser.Default.Parse<Problem>(await File.ReadAllTextAsync(TestPaths.Example("small-group-home.json")));
        using (var store = new SqliteSchedulingStore(options, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteSchedulingStore>.Instance))
        {
            // Started twice already and running when the process died a third time.
            await store.CreateJobAsync(new SolveJob { Name = "solveJobs/crash", State = SolveJob.Types.State.Running, Restarts = 2, Options = new SolveOptions { TimeLimit = Duration.FromTimeSpan(TimeSpan.FromSeconds(1)) } }, problem, CancellationToken.None);
            await store.CreateJobAsync(new SolveJob { Name = "solveJobs/again", State = SolveJob.Types.State.Running, Restarts = 1, Options = new SolveOptions { TimeLimit = Duration.FromTimeSpan(TimeSpan.FromSeconds(1)), Workers = 1 } }, problem, CancellationToken.None);
        }

        await Task.Delay(TimeSpan.FromSeconds(1.5));

        using var factory = new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Scheduling:DataDirectory", dataDirectory);
            b.UseSetting("Scheduling:ExampleFile", "");
            b.UseSetting("Scheduling:Auth:SigningKey", TestTokens.Key);
        });
        var solve = new SolveService.SolveServiceClient(Grpc.Net.Client.GrpcChannel.ForAddress(factory.Server.BaseAddress, new Grpc.Net.Client.GrpcChannelOptions { HttpHandler = factory.Server.CreateHandler() }).CreateCallInvoker().With(TestTokens.Planner()));
        // Delivered again by the queue, as Hangfire does once the dead node's delivery times out.
        var queue = factory.Services.GetRequiredService<Scheduling.Api.Application.Solving.ISolveQueue>();
        await queue.EnqueueAsync("solveJobs/crash", null, CancellationToken.None);
        await queue.EnqueueAsync("solveJobs/again", null, CancellationToken.None);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await solve.GetSolveJobAsync(new GetSolveJobRequest { Name = "solveJobs/again" })).Restarts < 2 && waited.Elapsed < TimeSpan.FromMinutes(2))
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        var crashed = await solve.GetSolveJobAsync(new GetSolveJobRequest { Name = "solveJobs/crash" });
        Assert.Equal((SolveJob.Types.State.Failed, 3), (crashed.State, crashed.Restarts));
        Assert.Contains("not restarted again", crashed.Error.Message, StringComparison.Ordinal);
        var again = await solve.GetSolveJobAsync(new GetSolveJobRequest { Name = "solveJobs/again" });
        Assert.Equal(2, again.Restarts); // the third start: counted before it runs
        Assert.NotEqual(SolveJob.Types.State.Failed, again.State);
    }
}
