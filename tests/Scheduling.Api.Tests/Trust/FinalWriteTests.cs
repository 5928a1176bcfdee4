using Microsoft.Data.Sqlite;
using Scheduling.Api.V1;

namespace Scheduling.Api.Tests.Trust;

/// <summary>
/// A store that fails at the end of a solve (a busy database): the write is retried, the job always ends, watchers
/// and CancelSolve always get an answer, and the worker goes on with the next job.
/// </summary>
public sealed class FinalWriteTests : IDisposable
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

    private static SqliteException Busy() => new("SQLite Error 5: 'database is locked'.", 5);

    private static StartSolveRequest Small(double seconds) => new()
    {
        Problem = Google.Protobuf.JsonParser.Default.Parse<Problem>(File.ReadAllText(TestPaths.Example("small-group-home.json"))),
        Options = new SolveOptions { TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(seconds)), Workers = 2 },
    };

    private static async Task<SolveJob> FinalAsync(SolveService.SolveServiceClient solve, string job)
    {
        using var watch = solve.WatchSolve(new WatchSolveRequest { Name = job }, deadline: DateTime.UtcNow.AddSeconds(40));
        SolveProgress? last = null;
        await foreach (var p in watch.ResponseStream.ReadAllAsync()) last = p;
        return Assert.IsType<SolveJob>(last?.FinalJob);
    }

    [Fact]
    public async Task A_busy_database_at_the_end_of_a_solve_is_retried_and_the_roster_is_stored()
    {
        var faults = new StoreFaults();
        await using var server = new TrustServer(dataDirectory, faults, ("Scheduling:ExampleFile", ""));
        var solve = new SolveService.SolveServiceClient(server.Channel());
        faults.Fail("FinishJobAsync", 2, Busy);
        var job = await solve.StartSolveAsync(Small(2));

        var final = await FinalAsync(solve, job.Name);
        Assert.Equal(SolveJob.Types.State.Succeeded, final.State);
        Assert.Equal(2, faults.Failed);
        var stored = await solve.GetSolveJobAsync(new GetSolveJobRequest { Name = job.Name });
        Assert.Equal(SolveJob.Types.State.Succeeded, stored.State);
        Assert.NotNull(await new RosterService.RosterServiceClient(server.Channel()).GetRosterAsync(new GetRosterRequest { Name = final.Result.Roster }));
    }

    [Fact]
    public async Task A_final_write_that_never_succeeds_fails_the_job_answers_everyone_and_the_worker_goes_on()
    {
        var faults = new StoreFaults();
        await using var server = new TrustServer(dataDirectory, faults, ("Scheduling:ExampleFile", ""), ("Scheduling:WriteRetrySeconds", "2"));
        var solve = new SolveService.SolveServiceClient(server.Channel());
        faults.Fail("FinishJobAsync", int.MaxValue, Busy);
        var job = await solve.StartSolveAsync(Small(60));
        await ConcurrentWriteTests.UntilSolutionAsync(solve, job.Name);

        var watching = FinalAsync(solve, job.Name);
        var cancel = solve.CancelSolveAsync(new CancelSolveRequest { Name = job.Name }, deadline: DateTime.UtcNow.AddSeconds(40)).ResponseAsync;
        var cancelled = await cancel;
        var watched = await watching;
        Assert.Equal(SolveJob.Types.State.Failed, cancelled.State);
        Assert.Equal(SolveJob.Types.State.Failed, watched.State);
        Assert.Contains("could not be stored", watched.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite", watched.Error.Message, StringComparison.Ordinal);

        // The worker lives on: once the database answers again, the next job ends with its roster.
        faults.Heal();
        var next = await solve.StartSolveAsync(Small(1));
        Assert.Equal(SolveJob.Types.State.Succeeded, (await FinalAsync(solve, next.Name)).State);
    }

    [Fact]
    public async Task A_failed_job_stores_a_message_not_the_exceptions_text()
    {
        var faults = new StoreFaults();
        await using var server = new TrustServer(dataDirectory, faults, ("Scheduling:ExampleFile", ""), ("Scheduling:WriteRetrySeconds", "1"));
        var solve = new SolveService.SolveServiceClient(server.Channel());
        faults.Fail("UpdateJobAsync", int.MaxValue, () => new InvalidOperationException("secret detail at /srv/data/scheduling.db"));
        var job = await solve.StartSolveAsync(Small(1));

        var final = await FinalAsync(solve, job.Name);
        Assert.Equal(SolveJob.Types.State.Failed, final.State);
        Assert.DoesNotContain("secret", final.Error.Message, StringComparison.Ordinal);
        Assert.Equal((int)Google.Rpc.Code.Internal, final.Error.Code);
        faults.Heal();
        var stored = await solve.GetSolveJobAsync(new GetSolveJobRequest { Name = job.Name });
        Assert.DoesNotContain("secret", stored.Error.Message, StringComparison.Ordinal);
    }
}
