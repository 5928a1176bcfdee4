using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Scheduling.Api.Application;
using Scheduling.Api.V1;

namespace Scheduling.Api.Tests.Trust;

/// <summary>
/// Writes that never clash: an update reads and writes in one transaction (two PATCHes both land), resources carry
/// an etag (AIP-154) and a stale one is ABORTED, and a job's roster is written only by the process that owns the job.
/// </summary>
public sealed class ConcurrentWriteTests : IDisposable
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

    private static Google.Protobuf.WellKnownTypes.FieldMask Mask(string path) => new() { Paths = { path } };

    [Fact]
    public async Task Two_patches_of_different_fields_at_once_both_land()
    {
        var faults = new StoreFaults();
        await using var server = new TrustServer(dataDirectory, faults, ("Scheduling:ExampleFile", ""));
        var units = new UnitService.UnitServiceClient(server.Channel());
        await units.CreateUnitAsync(new CreateUnitRequest { UnitId = "u1", Unit = new Unit { DisplayName = "Before", TimeZone = "Europe/Stockholm" } });

        // A slow read widens the window between reading a resource and writing it back.
        faults.Delay("GetResourceAsync", TimeSpan.FromMilliseconds(300));
        var first = units.UpdateUnitAsync(new UpdateUnitRequest { Unit = new Unit { Name = "units/u1", DisplayName = "After" }, UpdateMask = Mask("display_name") }).ResponseAsync;
        var second = units.UpdateUnitAsync(new UpdateUnitRequest { Unit = new Unit { Name = "units/u1", TimeZone = "Europe/Helsinki" }, UpdateMask = Mask("time_zone") }).ResponseAsync;
        await Task.WhenAll(first, second);
        faults.Heal();

        var unit = await units.GetUnitAsync(new GetUnitRequest { Name = "units/u1" });
        Assert.Equal("After", unit.DisplayName);
        Assert.Equal("Europe/Helsinki", unit.TimeZone);
    }

    [Fact]
    public async Task An_update_or_delete_with_a_stale_etag_is_aborted()
    {
        await using var server = new TrustServer(dataDirectory, null, ("Scheduling:ExampleFile", ""));
        using var http = server.CreateClient().With(TestTokens.Planner());
        var units = new UnitService.UnitServiceClient(server.Channel());
        await units.CreateUnitAsync(new CreateUnitRequest { UnitId = "u2", Unit = new Unit { DisplayName = "Första" } });

        var read = JsonNode.Parse(await http.GetStringAsync("/v1/units/u2"))!;
        var etag = (string?)read["etag"];
        Assert.False(string.IsNullOrEmpty(etag));

        // With the current etag the update lands and the etag changes.
        var updated = await http.PatchAsJsonAsync("/v1/units/u2?updateMask=display_name", new { displayName = "Andra", etag });
        Assert.True(updated.StatusCode == HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        var newEtag = (string?)JsonNode.Parse(await updated.Content.ReadAsStringAsync())!["etag"];
        Assert.False(string.IsNullOrEmpty(newEtag));
        Assert.NotEqual(etag, newEtag);

        // With the old one: ABORTED (HTTP 409), nothing written; over gRPC too, and for a delete.
        var stale = await http.PatchAsJsonAsync("/v1/units/u2?updateMask=display_name", new { displayName = "Tredje", etag });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Andra", (string?)JsonNode.Parse(await http.GetStringAsync("/v1/units/u2"))!["displayName"]);
        Assert.Equal(HttpStatusCode.Conflict, (await http.DeleteAsync(new Uri($"/v1/units/u2?etag={Uri.EscapeDataString(etag!)}", UriKind.Relative))).StatusCode);

        var unit = await units.GetUnitAsync(new GetUnitRequest { Name = "units/u2" });
        var staleUnit = unit.Clone();
        staleUnit.DisplayName = "Fjärde";
        await units.UpdateUnitAsync(new UpdateUnitRequest { Unit = unit, UpdateMask = Mask("display_name") });
        var ex = await Assert.ThrowsAsync<RpcException>(() => units.UpdateUnitAsync(new UpdateUnitRequest { Unit = staleUnit }).ResponseAsync);
        Assert.Equal(StatusCode.Aborted, ex.StatusCode);

        // Without an etag an update is unconditional, as before; a delete with the current etag deletes.
        await units.UpdateUnitAsync(new UpdateUnitRequest { Unit = new Unit { Name = "units/u2", DisplayName = "Femte" }, UpdateMask = Mask("display_name") });
        var current = await units.GetUnitAsync(new GetUnitRequest { Name = "units/u2" });
        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync(new Uri($"/v1/units/u2?etag={Uri.EscapeDataString((string)JsonNode.Parse(await http.GetStringAsync("/v1/units/u2"))!["etag"]!)}", UriKind.Relative))).StatusCode);
        Assert.Equal("Femte", current.DisplayName);
    }

    [Fact]
    public async Task A_second_process_on_the_same_data_leaves_the_first_ones_running_job_and_its_approved_roster_alone()
    {
        await using var first = new TrustServer(dataDirectory);
        var solveA = new SolveService.SolveServiceClient(first.Channel());
        var job = await solveA.StartSolveAsync(new StartSolveRequest
        {
            Reference = new ProblemReference { Unit = "units/solbacken", Period = new Period { StartDate = "2027-03-01", Days = 7 } },
            Options = new SolveOptions { TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(120)) },
        });
        await UntilSolutionAsync(solveA, job.Name);

        // The second process starts on the same directory while the first one solves.
        await using var second = new TrustServer(dataDirectory);
        var solveB = new SolveService.SolveServiceClient(second.Channel());
        _ = await solveB.GetSolveJobAsync(new GetSolveJobRequest { Name = job.Name });

        var cancelled = await solveA.CancelSolveAsync(new CancelSolveRequest { Name = job.Name });
        Assert.Equal(SolveJob.Types.State.Cancelled, cancelled.State);
        var rosters = new RosterService.RosterServiceClient(first.Channel());
        var approved = await rosters.ApproveRosterAsync(new ApproveRosterRequest { Name = cancelled.Result.Roster });
        Assert.Equal(RosterState.Approved, approved.State);

        // The second process never ran the job: it has nothing to cancel and no roster to write.
        var ex = await Assert.ThrowsAsync<RpcException>(() => solveB.CancelSolveAsync(new CancelSolveRequest { Name = job.Name }).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, ex.StatusCode);
        var again = await new RosterService.RosterServiceClient(second.Channel()).GetRosterAsync(new GetRosterRequest { Name = cancelled.Result.Roster });
        Assert.Equal(RosterState.Approved, again.State);
        Assert.Equal(0, (await solveB.GetSolveJobAsync(new GetSolveJobRequest { Name = job.Name })).Restarts);
    }

    [Fact]
    public async Task A_roster_is_changed_only_as_it_was_read_and_a_new_one_never_replaces_another()
    {
        await using var server = new TrustServer(dataDirectory, null, ("Scheduling:ExampleFile", ""));
        var store = server.Services.GetRequiredService<Storage.ISchedulingStore>();
        await store.SaveRostersAsync([new Roster { Name = "rosters/r1", Unit = "", SolveJob = "solveJobs/j1", Version = 1, State = RosterState.Proposed }], CancellationToken.None);
        var stale = await store.GetRosterMessageAsync("rosters/r1", CancellationToken.None);

        var approved = await new RosterService.RosterServiceClient(server.Channel()).ApproveRosterAsync(new ApproveRosterRequest { Name = "rosters/r1" });
        Assert.Equal(RosterState.Approved, approved.State);

        // A writer that read the roster before the approval cannot put its old state back ...
        stale!.UpdateTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(DateTime.UtcNow);
        var ex = await Assert.ThrowsAsync<Storage.StaleWriteException>(() => store.SaveRostersAsync([stale], CancellationToken.None));
        Assert.Equal("rosters/r1", ex.Name);
        // ... and a new roster under a taken name is refused, not written over it.
        await Assert.ThrowsAnyAsync<Exception>(() => store.SaveRostersAsync([new Roster { Name = "rosters/r1", SolveJob = "solveJobs/j2", Version = 1, State = RosterState.Proposed }], CancellationToken.None));
        Assert.Equal(RosterState.Approved, (await store.GetRosterMessageAsync("rosters/r1", CancellationToken.None))!.State);
    }

    internal static async Task UntilSolutionAsync(SolveService.SolveServiceClient solve, string job)
    {
        using var watch = solve.WatchSolve(new WatchSolveRequest { Name = job }, deadline: DateTime.UtcNow.AddSeconds(90));
        while (await watch.ResponseStream.MoveNext(CancellationToken.None) && watch.ResponseStream.Current.SolutionCount == 0)
        {
        }
    }
}
