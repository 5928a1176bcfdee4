using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Scheduling.Api.Tests;

/// <summary>
/// The example unit on the in-memory server with a clock the tests move (windows and the publishing notice
/// are dates), one solve at a time on two workers. Calls carry a planner's token unless a test gives another.
/// </summary>
public sealed class ClockedServer : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = TestPaths.TempDirectory();

    private readonly (string Key, string Value)[] settings;

    public ClockedServer() : this([]) { }

    /// <summary>With further settings, e.g. <c>("Scheduling:MaxJobsPerCaller", "2")</c> (internal: a class fixture has one public constructor).</summary>
    internal ClockedServer(params (string Key, string Value)[] settings) => this.settings = settings;

    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 10, 15, 9, 0));

    /// <summary>Moves the clock to noon of a date in Stockholm.</summary>
    public void Today(int year, int month, int day) =>
        Clock.Reset(new LocalDateTime(year, month, day, 12, 0).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Stockholm"]).ToInstant());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Scheduling:DataDirectory", DataDirectory);
        builder.UseSetting("Scheduling:Concurrency", "1");
        builder.UseSetting("Scheduling:DefaultWorkers", "2");
        builder.UseSetting("Scheduling:Auth:SigningKey", TestTokens.Key);
        builder.UseSetting("Scheduling:Auth:DevelopmentSignIn", "true");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(s => s.AddSingleton<IClock>(Clock));
    }

    /// <summary>Calls as a planner.</summary>
    public CallInvoker Channel() => Channel(TestTokens.Planner());

    /// <summary>Calls with this token; none when null.</summary>
    public CallInvoker Channel(string? token) =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() }).CreateCallInvoker().With(token);

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
