using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using Scheduling.Api.Application;
using Scheduling.Api.Application.Review;
using Scheduling.Api.Mapping;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using Scheduling.Domain.Checking;

namespace Scheduling.Api.Tests;

/// <summary>
/// What review's writes store: a write that changes only a roster's place in review keeps its stored report byte for
/// byte; a write that makes new assignments stores the report made afresh from its problem, assignments and the checker.
/// </summary>
public class RosterWriteTests : IClassFixture<ClockedServer>
{
    private readonly ClockedServer server;
    private readonly SolveService.SolveServiceClient solve;
    private readonly RosterService.RosterServiceClient rosters;

    public RosterWriteTests(ClockedServer server)
    {
        this.server = server;
        server.Today(2027, 2, 1);
        var channel = server.Channel();
        solve = new SolveService.SolveServiceClient(channel);
        rosters = new RosterService.RosterServiceClient(channel);
    }

    /// <summary>A new proposed version of a published small roster (<see cref="SmallRoster"/>), made by an edit.</summary>
    private async Task<EditRosterResponse> EditedAsync(string id)
    {
        await SmallRoster.PublishAsync(server.Services, "rosters/" + id, "solveJobs/" + id);
        return await rosters.EditRosterAsync(new EditRosterRequest { Name = "rosters/" + id, Employee = "E02", Date = "2027-03-04", Shift = "D" });
    }

    private async Task<V1.Roster> StoredAsync(string name) =>
        V1.Roster.Parser.ParseFrom((await server.Services.GetRequiredService<ISchedulingStore>().GetRosterAsync(name, CancellationToken.None))!.Body);

    /// <summary>The stored message without what review's lifecycle writes: what is left is the assignments and report.</summary>
    private static byte[] WithoutLifecycle(V1.Roster stored)
    {
        var rest = stored.Clone();
        rest.State = RosterState.Unspecified;
        rest.Version = 0;
        rest.Parent = "";
        rest.Pins.Clear();
        rest.CreateTime = null;
        rest.UpdateTime = null;
        rest.ApproveTime = null;
        rest.PublishTime = null;
        rest.PublishReason = "";
        rest.AffectedEmployees.Clear();
        return rest.ToByteArray();
    }

    [Fact]
    public async Task Approving_and_publishing_keep_the_stored_report_byte_for_byte()
    {
        var name = (await EditedAsync("writes-lifecycle")).Roster.Name;
        var before = await StoredAsync(name);
        var parentBefore = await StoredAsync("rosters/writes-lifecycle");
        Assert.Equal(2, before.Assignments.Count);
        Assert.NotEmpty(before.Hours);
        Assert.NotEmpty(before.Wishes);

        await rosters.ApproveRosterAsync(new ApproveRosterRequest { Name = name });
        var approved = await StoredAsync(name);
        Assert.Equal(RosterState.Approved, approved.State);
        Assert.NotNull(approved.ApproveTime);
        Assert.Equal(WithoutLifecycle(before), WithoutLifecycle(approved));

        var published = await rosters.PublishRosterAsync(new PublishRosterRequest { Name = name });
        var stored = await StoredAsync(name);
        Assert.Equal(RosterState.Published, stored.State);
        Assert.Equal(WithoutLifecycle(before), WithoutLifecycle(stored));
        var parent = await StoredAsync("rosters/writes-lifecycle");
        Assert.Equal(RosterState.Superseded, parent.State);
        Assert.Equal(WithoutLifecycle(parentBefore), WithoutLifecycle(parent));
        // The reply is the stored roster whole, with the etag it now has.
        Assert.Equal(stored.Hours, published.Hours);
        Assert.Equal((await server.Services.GetRequiredService<ISchedulingStore>().GetRosterAsync(name, CancellationToken.None))!.Etag, published.Etag);
    }

    [Fact]
    public async Task An_edit_stores_the_report_made_afresh_from_its_problem_and_assignments()
    {
        // A new version of the published roster, then a change to it in place: Anna's shift to Cecilia, pinned.
        var first = await EditedAsync("writes-edit");
        var name = first.Roster.Name;
        await rosters.EditRosterAsync(new EditRosterRequest { Name = name, Employee = "E01", Date = "2027-03-03", Shift = "" });
        var edit = await rosters.EditRosterAsync(new EditRosterRequest { Name = name, Employee = "E03", Date = "2027-03-03", Shift = "D", Pinned = true });
        Assert.Equal(name, edit.Roster.Name);

        var stored = await StoredAsync(edit.Roster.Name);
        var version = await server.Services.GetRequiredService<RosterVersions>().GetVersionAsync(edit.Roster.Name, CancellationToken.None);
        var problem = await server.Services.GetRequiredService<RosterVersions>().ProblemAsync(version, CancellationToken.None);
        var afresh = stored.Clone();
        ReportMapping.Report(problem, version.Assignments, RuleChecker.Evaluate(problem, version.Assignments), afresh);

        Assert.DoesNotContain(stored.Assignments, a => a.Employee == "E01");
        Assert.Contains(stored.Pins, p => p.Employee == "E03" && p.Shift == "D");
        Assert.Equal(["E01", "E02", "E03"], stored.AffectedEmployees.Order(StringComparer.Ordinal));
        Assert.Equal(afresh.ToByteArray(), stored.ToByteArray());
        Assert.Equal(edit.Change, stored.LastChange);
        Assert.Equal(edit.Change.PenaltyAfter, stored.Penalty);
    }

    [Fact]
    public async Task A_roster_stored_before_versions_is_approved_as_version_1_with_its_report_kept()
    {
        await SmallRoster.PublishAsync(server.Services, "rosters/writes-legacy", "solveJobs/writes-legacy");
        var store = server.Services.GetRequiredService<ISchedulingStore>();
        var legacy = (await store.GetRosterMessageAsync("rosters/writes-legacy", CancellationToken.None))!;
        legacy.Version = 0;
        legacy.State = RosterState.Unspecified;
        await store.SaveRostersAsync([legacy], CancellationToken.None);
        var before = await StoredAsync(legacy.Name);
        Assert.Equal(0, before.Version);

        var approved = await rosters.ApproveRosterAsync(new ApproveRosterRequest { Name = legacy.Name });
        var stored = await StoredAsync(legacy.Name);
        Assert.Equal((1, RosterState.Approved), (stored.Version, stored.State));
        Assert.Equal((1, RosterState.Approved), (approved.Version, approved.State));
        Assert.Equal(WithoutLifecycle(before), WithoutLifecycle(stored));
    }

    [Fact]
    public async Task A_lifecycle_write_to_a_roster_changed_since_it_was_read_writes_nothing()
    {
        await SmallRoster.PublishAsync(server.Services, "rosters/writes-stale", "solveJobs/writes-stale");
        var repository = server.Services.GetRequiredService<RosterRepository>();
        var read = (await repository.GetAsync("rosters/writes-stale", CancellationToken.None))!;
        var saved = await repository.SaveLifecycleAsync([read with { PublishReason = "first" }], [], CancellationToken.None);
        Assert.NotEqual(read.Etag, saved[0].Etag);
        var after = await StoredAsync("rosters/writes-stale");

        var stale = await Assert.ThrowsAsync<StaleWriteException>(() => repository.SaveLifecycleAsync([read with { PublishReason = "second" }], [], CancellationToken.None));
        Assert.Equal("rosters/writes-stale", stale.Name);
        Assert.Equal(after.ToByteArray(), (await StoredAsync("rosters/writes-stale")).ToByteArray());
        Assert.Equal("first", after.PublishReason);
    }
}
