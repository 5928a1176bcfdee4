namespace Scheduling.Api.Tests.Nodes;

/// <summary>
/// Three service processes (nodes A, B, C) on one store, as behind a load balancer: their own ports, one database.
/// Each node solves one job at a time with a short lease, so a killed node's job is taken over within seconds.
/// </summary>
public abstract class ThreeNodes : IAsyncLifetime
{
    private readonly List<string> directories = [];

    public HostProcess A { get; private set; } = null!;
    public HostProcess B { get; private set; } = null!;
    public HostProcess C { get; private set; } = null!;

    /// <summary>
    /// What each node is started with besides its store: one solve at a time, a 3 s lease, a job of a dead node delivered
    /// again after 5 s (Hangfire's invisibility timeout), room for the tests' jobs.
    /// </summary>
    protected static readonly string[] Settings =
    [
        "--Scheduling:SolveWorkers=1", "--Scheduling:JobLeaseSeconds=3", "--Scheduling:ProgressStoreSeconds=0.5",
        "--Scheduling:RedeliverySeconds=5", "--Scheduling:QueuePollSeconds=0.5",
        "--Scheduling:MaxJobsPerCaller=40", "--Scheduling:QueueCapacity=40",
    ];

    /// <summary>The settings that put a node on the shared store.</summary>
    protected abstract string[] StoreSettings { get; }

    /// <summary>A node's data directory: the shared one (SQLite), or one of its own (the store is elsewhere).</summary>
    protected abstract string NodeDirectory();

    /// <summary>A new temporary directory, deleted at the end.</summary>
    protected string TemporaryDirectory()
    {
        var path = TestPaths.TempDirectory();
        directories.Add(path);
        return path;
    }

    protected virtual Task PrepareAsync() => Task.CompletedTask;

    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    public Task<HostProcess> StartNodeAsync() => HostProcess.StartAsync(NodeDirectory(), [.. Settings, .. StoreSettings]);

    /// <summary>
    /// A new empty store of the same kind, none of the fixture's nodes on it, and how to start a node there (the fixture's
    /// settings, then <c>extra</c>, which win).
    /// </summary>
    public abstract Task<Func<string[], Task<HostProcess>>> OtherStoreAsync();

    public async Task InitializeAsync()
    {
        await PrepareAsync();
        // One after the other: the first loads the example unit, the others find it loaded.
        A = await StartNodeAsync();
        B = await StartNodeAsync();
        C = await StartNodeAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var node in new[] { A, B, C })
            if (node is not null) await node.DisposeAsync();
        await CleanUpAsync();
        foreach (var d in directories) Directory.Delete(d, recursive: true);
    }

    /// <summary>Every node's log so far.</summary>
    public string Output => string.Join('\n', A.Output, B.Output, C.Output);
}
