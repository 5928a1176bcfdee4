using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using Scheduling.Api.Application;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;

namespace Scheduling.Api.Tests.Trust;

/// <summary>The small findings: exports that a spreadsheet or calendar cannot misread, anchored ids, a clean unit delete, private files, 404s.</summary>
public sealed class SmallFindingsTests : IDisposable
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

    private static Problem SmallProblem() => JsonParser.Default.Parse<Problem>(File.ReadAllText(TestPaths.Example("small-group-home.json")));

    [Fact]
    public async Task Ids_and_names_with_a_trailing_newline_are_refused()
    {
        await using var server = new TrustServer(dataDirectory, null, ("Scheduling:ExampleFile", ""));
        var units = new UnitService.UnitServiceClient(server.Channel());
        var ex = await Assert.ThrowsAsync<RpcException>(() => units.CreateUnitAsync(new CreateUnitRequest { UnitId = "x\n", Unit = new Unit() }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        ex = await Assert.ThrowsAsync<RpcException>(() => new RosterService.RosterServiceClient(server.Channel()).GetRosterAsync(new GetRosterRequest { Name = "rosters/x\n" }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        ex = await Assert.ThrowsAsync<RpcException>(() => new SolveService.SolveServiceClient(server.Channel()).GetSolveJobAsync(new GetSolveJobRequest { Name = "solveJobs/x\n" }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        ex = await Assert.ThrowsAsync<RpcException>(() => new RosterService.RosterServiceClient(server.Channel()).ListRostersAsync(new ListRostersRequest { Parent = "units/x\n" }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
    }

    [Fact]
    public async Task A_deleted_unit_takes_its_jobs_and_rosters_with_it()
    {
        await using var server = new TrustServer(dataDirectory, null, ("Scheduling:ExampleFile", ""));
        var units = new UnitService.UnitServiceClient(server.Channel());
        await units.CreateUnitAsync(new CreateUnitRequest { UnitId = "gone", Unit = new Unit { DisplayName = "Old" } });
        var store = server.Services.GetRequiredService<ISchedulingStore>();
        var job = new SolveJob { Name = "solveJobs/oldjob", Unit = "units/gone", State = SolveJob.Types.State.Succeeded };
        await store.CreateJobAsync(job, new Problem(), CancellationToken.None);
        await store.SaveRostersAsync([new Roster { Name = "rosters/oldroster", Unit = "units/gone", SolveJob = job.Name, Version = 1, State = RosterState.Published }], CancellationToken.None);

        await units.DeleteUnitAsync(new DeleteUnitRequest { Name = "units/gone", Force = true });
        await units.CreateUnitAsync(new CreateUnitRequest { UnitId = "gone", Unit = new Unit { DisplayName = "New" } });

        var rosters = new RosterService.RosterServiceClient(server.Channel());
        Assert.Empty((await rosters.ListRostersAsync(new ListRostersRequest { Parent = "units/gone" })).Rosters);
        var ex = await Assert.ThrowsAsync<RpcException>(() => rosters.GetRosterAsync(new GetRosterRequest { Name = "rosters/oldroster" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
        var solve = new SolveService.SolveServiceClient(server.Channel());
        Assert.Empty((await solve.ListSolveJobsAsync(new ListSolveJobsRequest { Unit = "units/gone" })).SolveJobs);
        ex = await Assert.ThrowsAsync<RpcException>(() => solve.GetSolveJobAsync(new GetSolveJobRequest { Name = "solveJobs/oldjob" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
    }

    [Fact]
    public async Task The_data_directory_and_the_database_are_the_owners_alone()
    {
        if (OperatingSystem.IsWindows()) return;
        await using var server = new TrustServer(dataDirectory, null, ("Scheduling:ExampleFile", ""));
        var store = (SqliteSchedulingStore)server.Services.GetRequiredService<ISchedulingStore>();
        await new UnitService.UnitServiceClient(server.Channel()).CreateUnitAsync(new CreateUnitRequest { UnitId = "u", Unit = new Unit() });

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(dataDirectory));
        foreach (var file in Directory.GetFiles(dataDirectory, "scheduling.db*"))
            Assert.True((File.GetUnixFileMode(file) & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite)) == 0, $"{file}: {File.GetUnixFileMode(file)}");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(store.DatabasePath));
    }
}
