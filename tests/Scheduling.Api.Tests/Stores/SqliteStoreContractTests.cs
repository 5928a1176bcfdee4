using Scheduling.Api.Storage;

namespace Scheduling.Api.Tests.Stores;

/// <summary>The store contract on the embedded SQLite store: a new data directory per test, each store a process on it.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests
{
    private string directory = "";

    protected override Task CreateDatabaseAsync()
    {
        directory = TestPaths.TempDirectory();
        return Task.CompletedTask;
    }

    protected override ISchedulingStore OpenStore(double leaseSeconds) =>
        new SqliteSchedulingStore(Options.Create(new StoreOptions { DataDirectory = directory, JobLeaseSeconds = leaseSeconds }), NullLogger<SqliteSchedulingStore>.Instance);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
