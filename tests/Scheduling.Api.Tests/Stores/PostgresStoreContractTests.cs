using Scheduling.Api.Storage;

namespace Scheduling.Api.Tests.Stores;

/// <summary>
/// The store contract on a real PostgreSQL server (<see cref="PostgresServer"/>, a throwaway cluster for the run): a new
/// database per test, each store a node on it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreContractTests(PostgresServer server) : StoreContractTests
{
    private string connectionString = "";

    protected override async Task CreateDatabaseAsync() => connectionString = await server.NewDatabaseAsync();

    protected override ISchedulingStore OpenStore(double leaseSeconds) =>
        new PostgresSchedulingStore(Options.Create(new StoreOptions { Store = "postgres", ConnectionString = connectionString, JobLeaseSeconds = leaseSeconds }), NullLogger<PostgresSchedulingStore>.Instance);

    [Fact]
    public async Task Two_nodes_starting_together_migrate_the_schema_once()
    {
        var stores = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => OpenStore(30))));
        try
        {
            await using var connection = new Npgsql.NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var count = new Npgsql.NpgsqlCommand("SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_version", connection);
            await using var reader = await count.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal(reader.GetInt64(1), reader.GetInt64(0));
            Assert.True(reader.GetInt64(0) >= 1);
        }
        finally
        {
            foreach (var store in stores) ((IDisposable)store).Dispose();
        }
    }

    [Fact]
    public async Task A_stopped_server_is_not_reachable_and_a_started_one_is_again()
    {
        var store = OpenStore(30);
        try
        {
            Assert.True(await store.IsReachableAsync(CancellationToken.None));
            await server.StopAsync();
            try
            {
                Assert.False(await store.IsReachableAsync(CancellationToken.None));
            }
            finally
            {
                await server.StartAgainAsync();
            }

            Assert.True(await store.IsReachableAsync(CancellationToken.None));
        }
        finally
        {
            ((IDisposable)store).Dispose();
        }
    }
}
