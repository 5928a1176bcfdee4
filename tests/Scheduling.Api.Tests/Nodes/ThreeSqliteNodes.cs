namespace Scheduling.Api.Tests.Nodes;

/// <summary>Three nodes on one machine sharing one data directory: the embedded SQLite store.</summary>
public sealed class ThreeSqliteNodes : ThreeNodes
{
    private string? shared;

    protected override string[] StoreSettings => [];

    protected override string NodeDirectory() => shared ??= TemporaryDirectory();

    public override Task<Func<string[], Task<HostProcess>>> OtherStoreAsync()
    {
        var directory = TemporaryDirectory();
        return Task.FromResult<Func<string[], Task<HostProcess>>>(extra => HostProcess.StartAsync(directory, [.. Settings, .. extra]));
    }
}
