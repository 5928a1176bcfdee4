namespace Scheduling.Api.Tests.Nodes;

/// <summary>Three nodes on one machine sharing one data directory: the embedded SQLite store.</summary>
public sealed class ThreeSqliteNodes : ThreeNodes
{
    private string? shared;

    protected override string[] StoreSettings => [];

    protected override string NodeDirectory() => shared ??= TemporaryDirectory();
}
