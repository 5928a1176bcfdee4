using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.DependencyInjection;
using Scheduling.Api.Application;
using Scheduling.Api.Hosting;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;

namespace Scheduling.Api.Tests.Trust;

/// <summary>
/// A job stored QUEUED whose process died before it reached Hangfire's queue: the next start queues it again and it runs;
/// a job the queue does hold is not queued twice.
/// </summary>
public sealed class QueueRepairTests : IDisposable
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

    private static async Task<Problem> SmallAsync() =>
        JsonParser.Default.Parse<Problem>(await File.ReadAllTextAsync(TestPaths.Example("small-group-home.json")));

    /// <summary>Stores a QUEUED job as the admission does, and nothing in the queue: the process died between the two writes.</summary>
    private async Task StoreStrandedAsync(string name)
    {
        var options = Microsoft.Extensions.Options.Options.Create(new StoreOptions { DataDirectory = dataDirectory });
        using var store = new SqliteSchedulingStore(options, NullLogger<SqliteSchedulingStore>.Instance);
        var job = new SolveJob
        {
            Name = name,
            State = SolveJob.Types.State.Queued,
            CreateTime = Timestamp.FromDateTime(DateTime.UtcNow.AddMinutes(-5)),
            Options = new SolveOptions { TimeLimit = Duration.FromTimeSpan(TimeSpan.FromSeconds(3)), Workers = 1 },
        };
        await store.CreateJobAsync(job, await SmallAsync(), CancellationToken.None);
    }

    private WebApplicationFactory<Program> Service(int workers) => new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
    {
        b.UseSetting("Scheduling:DataDirectory", dataDirectory);
        b.UseSetting("Scheduling:ExampleFile", "");
        b.UseSetting("Scheduling:SolveWorkers", workers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        b.UseSetting("Scheduling:QueueRepairGraceSeconds", "0");
        b.UseSetting("Scheduling:Auth:SigningKey", TestTokens.Key);
    });

    private static SolveService.SolveServiceClient Solve(WebApplicationFactory<Program> factory) =>
        new(Grpc.Net.Client.GrpcChannel.ForAddress(factory.Server.BaseAddress, new Grpc.Net.Client.GrpcChannelOptions { HttpHandler = factory.Server.CreateHandler() }).CreateCallInvoker().With(TestTokens.Planner()));

    [Fact]
    public async Task A_job_stored_but_never_queued_runs_after_the_next_start()
    {
        await StoreStrandedAsync("solveJobs/stranded");

        using var factory = Service(workers: 1);
        var solve = Solve(factory);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        SolveJob job;
        while ((job = await solve.GetSolveJobAsync(new GetSolveJobRequest { Name = "solveJobs/stranded" })).State is SolveJob.Types.State.Queued or SolveJob.Types.State.Running
               && waited.Elapsed < TimeSpan.FromMinutes(2))
            await Task.Delay(TimeSpan.FromMilliseconds(200));

        Assert.Equal(SolveJob.Types.State.Succeeded, job.State);
        Assert.NotEmpty(job.Result.Roster);
    }

    [Fact]
    public async Task The_repair_queues_the_stranded_job_and_not_one_the_queue_holds()
    {
        await StoreStrandedAsync("solveJobs/stranded");

        // No workers: what is queued stays in the queue, so the pass sees both kinds at once.
        using var factory = Service(workers: 0);
        var solve = Solve(factory);
        var held = await solve.StartSolveAsync(new StartSolveRequest { Problem = await SmallAsync(), Options = new SolveOptions { TimeLimit = Duration.FromTimeSpan(TimeSpan.FromSeconds(3)), Workers = 1 } });
        var repair = factory.Services.GetRequiredService<QueueRepair>();
        await StoreStrandedAsync("solveJobs/stranded-while-running");

        // The pass at start queued the first; a job stranded while the service runs is missing for all of eight passes at
        // once, which queue it once between them (the pass at start may also still be running), and a pass after them
        // finds nothing to add.
        var overlapping = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => repair.RepairAsync(CancellationToken.None))));
        var after = await repair.RepairAsync(CancellationToken.None);

        Assert.DoesNotContain(held.Name, overlapping.SelectMany(n => n));
        Assert.Single(overlapping.SelectMany(n => n), n => n == "solveJobs/stranded-while-running");
        Assert.Empty(after);
        var monitor = factory.Services.GetRequiredService<SolveEngine>().Storage.GetMonitoringApi();
        var queued = monitor.EnqueuedJobs(SolveEngine.Queue, 0, 100).Select(j => j.Value.Job.Args[0] as string).ToList();
        Assert.Single(queued, n => n == "solveJobs/stranded");
        Assert.Single(queued, n => n == "solveJobs/stranded-while-running");
        Assert.Single(queued, n => n == held.Name);
    }
}
