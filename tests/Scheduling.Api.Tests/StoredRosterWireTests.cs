using Microsoft.Extensions.DependencyInjection;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;

namespace Scheduling.Api.Tests;

/// <summary>
/// A roster stored as an earlier version wrote it (the bytes of its message) is what GetRoster and ListRosters send:
/// the whole message in the FULL view, without its assignments and report but for status and cost in the BASIC view.
/// </summary>
public sealed class StoredRosterWireTests : IDisposable
{
    private readonly ClockedServer server = new();

    public void Dispose() => server.Dispose();

    private async Task<V1.Roster> StoreAsync()
    {
        var roster = StoredReportTests.Stored("care-home-solbacken.json");
        roster.Name = "rosters/wire";
        roster.Unit = "units/solbacken";
        roster.Etag = "";
        await server.Services.GetRequiredService<ISchedulingStore>().SaveRostersAsync([roster], CancellationToken.None);
        return roster;
    }

    [Fact]
    public async Task GetRoster_and_ListRosters_send_the_stored_message()
    {
        var stored = await StoreAsync();
        var rosters = new RosterService.RosterServiceClient(server.Channel(TestTokens.Manager("units/solbacken")));

        Assert.Equal(stored, await rosters.GetRosterAsync(new GetRosterRequest { Name = stored.Name }));
        Assert.Equal(stored, Assert.Single((await rosters.ListRostersAsync(new ListRostersRequest { Parent = "units/solbacken", View = RosterView.Full })).Rosters));

        var basic = stored.Clone();
        basic.Assignments.Clear();
        basic.Violations.Clear();
        basic.Hours.Clear();
        basic.CoverageGaps.Clear();
        basic.ShiftCover.Clear();
        basic.Wishes.Clear();
        basic.Preferences.Clear();
        basic.Pool = null;
        basic.LastChange = null;
        Assert.NotNull(basic.Cost);
        Assert.Equal(basic, await rosters.GetRosterAsync(new GetRosterRequest { Name = stored.Name, View = RosterView.Basic }));
        Assert.Equal(basic, Assert.Single((await rosters.ListRostersAsync(new ListRostersRequest { Parent = "units/solbacken" })).Rosters));
    }
}
