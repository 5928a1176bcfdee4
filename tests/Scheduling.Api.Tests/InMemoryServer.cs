namespace Scheduling.Api.Tests;

/// <summary>
/// The service on the in-memory test server, with its own data directory, the example unit loaded,
/// one worker and a queue of one, so the queue fills at the second waiting job. Its calls carry a
/// planner's token unless a test asks for another (<see cref="Channel(string?)"/>).
/// </summary>
public sealed class InMemoryServer : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = TestPaths.TempDirectory();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Scheduling:DataDirectory", DataDirectory);
        builder.UseSetting("Scheduling:Concurrency", "1");
        builder.UseSetting("Scheduling:QueueCapacity", "1");
        builder.UseSetting("Scheduling:DefaultWorkers", "2");
        builder.UseSetting("Scheduling:Auth:SigningKey", TestTokens.Key);
    }

    /// <summary>Calls as a planner.</summary>
    public CallInvoker Channel() => Channel(TestTokens.Planner());

    /// <summary>Calls with this token; none when null.</summary>
    public CallInvoker Channel(string? token) =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() }).CreateCallInvoker().With(token);

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.With(TestTokens.Planner());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync().ConfigureAwait(false);
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<InMemoryServer>
{
    public const string Name = "in-memory server";
}
