using Scheduling.Api.Tests.Stores;

namespace Scheduling.Api.Tests.Nodes;

/// <summary>
/// Three nodes, each with its own data directory (nothing shared on disk), on one database of a throwaway PostgreSQL
/// cluster: the deployment of <c>deploy/compose.yaml</c> without containers.
/// </summary>
public sealed class ThreePostgresNodes : ThreeNodes
{
    private readonly PostgresServer server = new();
    private string connectionString = "";

    protected override string[] StoreSettings => ["--Scheduling:Store=postgres", "--ConnectionStrings:Scheduling=" + connectionString];

    protected override string NodeDirectory() => TemporaryDirectory();

    protected override async Task PrepareAsync()
    {
        await server.InitializeAsync();
        connectionString = await server.NewDatabaseAsync();
    }

    protected override Task CleanUpAsync() => server.DisposeAsync();

    public override async Task<Func<string[], Task<HostProcess>>> OtherStoreAsync()
    {
        var other = await server.NewDatabaseAsync();
        return extra => HostProcess.StartAsync(TemporaryDirectory(), [.. Settings, "--Scheduling:Store=postgres", "--ConnectionStrings:Scheduling=" + other, .. extra]);
    }
}
