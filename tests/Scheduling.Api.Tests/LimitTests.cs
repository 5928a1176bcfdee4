using Google.Protobuf;
using Scheduling.Api.V1;

namespace Scheduling.Api.Tests;

/// <summary>Size limits answer with a clear status instead of taking the server down.</summary>
public sealed class LimitTests : IAsyncLifetime
{
    private readonly string dataDirectory = TestPaths.TempDirectory();
    private WebApplicationFactory<Program>? factory;

    public Task InitializeAsync()
    {
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Scheduling:DataDirectory", dataDirectory);
            b.UseSetting("Scheduling:ExampleFile", "");
            b.UseSetting("Scheduling:MaxMessageBytes", "4000");
            b.UseSetting("Scheduling:MaxModelCells", "100");
            b.UseSetting("Scheduling:Auth:SigningKey", TestTokens.Key);
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (factory is not null) await factory.DisposeAsync();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private SolveService.SolveServiceClient Client() =>
        new(GrpcChannel.ForAddress(factory!.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = factory.Server.CreateHandler() }).CreateCallInvoker().With(TestTokens.Planner()));

    private static Problem Example(string file) => JsonParser.Default.Parse<Problem>(File.ReadAllText(TestPaths.Example(file)));

    [Fact]
    public async Task A_message_over_the_limit_is_RESOURCE_EXHAUSTED()
    {
        var big = Example("care-home-solbacken.json");
        Assert.True(big.CalculateSize() > 4000);
        var ex = await Assert.ThrowsAsync<RpcException>(() => Client().StartSolveAsync(new StartSolveRequest { Problem = big }).ResponseAsync);
        Assert.Equal(StatusCode.ResourceExhausted, ex.StatusCode);
    }

    [Fact]
    public async Task A_model_over_the_limit_is_INVALID_ARGUMENT_saying_how_large()
    {
        var small = Example("small-group-home.json");
        Assert.True(small.CalculateSize() < 4000);
        var ex = await Assert.ThrowsAsync<RpcException>(() => Client().StartSolveAsync(new StartSolveRequest { Problem = small }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("employees × days × shift templates is 378", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wishes_pins_and_preferences_count_towards_the_size_before_the_problem_is_read()
    {
        // 1 employee × 7 days × 1 template is 7 cells; with 90 wishes, 5 pins and 3 preferences, 105: over the 100 allowed.
        var problem = JsonParser.Default.Parse<Problem>("""
            {
              "period": { "startDate": "2027-03-01", "days": 7 },
              "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ],
              "employees": [ { "id": "E01", "maxTotalMinutes": 9000 } ]
            }
            """);
        problem.Wishes.AddRange(Enumerable.Range(0, 90).Select(_ => new WishSpec()));
        problem.Pins.AddRange(Enumerable.Range(0, 5).Select(_ => new PinSpec()));
        problem.Preferences.AddRange(Enumerable.Range(0, 3).Select(_ => new PreferenceSpec()));
        var ex = await Assert.ThrowsAsync<RpcException>(() => Client().StartSolveAsync(new StartSolveRequest { Problem = problem }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("wishes 90, pins 5, preferences 3", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("105 in all", ex.Status.Detail, StringComparison.Ordinal);
    }
}
