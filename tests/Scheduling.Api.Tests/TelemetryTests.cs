using System.Globalization;
using Google.Protobuf;
using OpenTelemetry.Trace;
using Scheduling.Api.V1;

namespace Scheduling.Api.Tests;

/// <summary>
/// The OpenTelemetry wiring: Prometheus scrapes the solve's metrics and the request latency at <c>/metrics</c>, and one
/// trace runs from the StartSolve call through the queue into the solve.
/// </summary>
public sealed partial class TelemetryTests : IAsyncLifetime
{
    private readonly List<Activity> spans = [];
    private readonly string dataDirectory = TestPaths.TempDirectory();
    private WebApplicationFactory<Program> server = null!;

    public Task InitializeAsync()
    {
        server = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Scheduling:DataDirectory", dataDirectory);
            b.UseSetting("Scheduling:Concurrency", "1");
            b.UseSetting("Scheduling:Auth:SigningKey", TestTokens.Key);
            b.ConfigureTestServices(s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)));
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }

    /// <summary>Three employees, a week, one shift to cover: solved to optimality at once, so it has a gap.</summary>
    private static Problem Tiny() => JsonParser.Default.Parse<Problem>("""
        {
          "name": "tiny", "period": { "startDate": "2027-03-01", "days": 7, "timeZone": "Europe/Stockholm" },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480, "kind": "DAY" } ],
          "employees": [ { "id": "E01", "name": "Anna", "maxTotalMinutes": 3000 }, { "id": "E02", "name": "Björn", "maxTotalMinutes": 3000 }, { "id": "E03", "name": "Cecilia", "maxTotalMinutes": 3000 } ],
          "demandCurve": { "slotMinutes": 480, "patterns": [ { "dates": ["2027-03-03"], "from": "08:00", "to": "16:00", "minimum": 1, "ideal": 1 } ] },
          "rulePack": { "id": "tiny", "rules": [ { "id": "demand-minimum" }, { "id": "demand-surplus" } ] }
        }
        """);

    /// <summary>Starts a solve of the tiny problem and watches it to its end.</summary>
    private async Task<SolveJob> SolveAsync()
    {
        var channel = GrpcChannel.ForAddress(server.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = server.Server.CreateHandler() }).CreateCallInvoker().With(TestTokens.Planner());
        var solve = new SolveService.SolveServiceClient(channel);
        var options = new SolveOptions { TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(10)), Workers = 2 };
        var job = await solve.StartSolveAsync(new StartSolveRequest { Problem = Tiny(), Options = options });
        using var watch = solve.WatchSolve(new WatchSolveRequest { Name = job.Name });
        SolveJob? final = null;
        while (await watch.ResponseStream.MoveNext(CancellationToken.None)) final = watch.ResponseStream.Current.FinalJob ?? final;
        Assert.NotNull(final);
        Assert.Equal(SolveJob.Types.State.Succeeded, final.State);
        return final;
    }

    [GeneratedRegex(@"^(?<name>[a-z_]+)(\{(?<labels>[^}]*)\})? (?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex Sample();

    /// <summary>The samples of a Prometheus text page: name, labels, value.</summary>
    private static List<(string Name, string Labels, double Value)> Samples(string page) =>
        [.. Sample().Matches(page).Select(m => (m.Groups["name"].Value, m.Groups["labels"].Value, double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture)))];

    [Fact]
    public async Task After_a_solve_metrics_shows_its_duration_gap_queue_and_the_request_latency()
    {
        await SolveAsync();
        using var http = server.CreateClient();
        var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        var samples = Samples(await response.Content.ReadAsStringAsync());

        var solves = Assert.Single(samples, s => s.Name == "scheduling_solve_duration_seconds_count");
        Assert.Equal(1, solves.Value);
        Assert.Contains("status=\"Optimal\"", solves.Labels, StringComparison.Ordinal);
        Assert.True(Assert.Single(samples, s => s.Name == "scheduling_solve_duration_seconds_sum").Value > 0);
        Assert.Equal(1, Assert.Single(samples, s => s.Name.StartsWith("scheduling_solve_gap", StringComparison.Ordinal) && s.Name.EndsWith("_count", StringComparison.Ordinal)).Value);
        Assert.Equal(1, Assert.Single(samples, s => s.Name == "scheduling_solve_jobs_total" && s.Labels.Contains("state=\"SUCCEEDED\"", StringComparison.Ordinal)).Value);
        // The queue by state: nothing waits or runs once the solve has ended.
        Assert.Equal(0, Assert.Single(samples, s => s.Name == "scheduling_queue_length" && s.Labels.Contains("state=\"QUEUED\"", StringComparison.Ordinal)).Value);
        Assert.Equal(0, Assert.Single(samples, s => s.Name == "scheduling_queue_length" && s.Labels.Contains("state=\"RUNNING\"", StringComparison.Ordinal)).Value);
        // Request latency (ASP.NET Core's): the StartSolve call was timed.
        var startSolve = Assert.Single(samples, s => s.Name == "http_server_request_duration_seconds_count" && s.Labels.Contains("StartSolve", StringComparison.Ordinal));
        Assert.True(startSolve.Value >= 1);
    }

    [Fact]
    public async Task One_trace_spans_the_StartSolve_call_and_the_solve()
    {
        var job = await SolveAsync();
        Activity? solve = null;
        // The solve's span ends just after its job is stored (what the watcher saw): wait for it to be exported.
        for (var i = 0; i < 100 && solve is null; i++)
        {
            lock (spans) solve = spans.FirstOrDefault(a => a.OperationName == "solve" && (string?)a.GetTagItem("scheduling.job") == job.Name);
            if (solve is null) await Task.Delay(50);
        }

        Assert.NotNull(solve);
        Activity request;
        lock (spans) request = Assert.Single(spans, a => a.Kind == ActivityKind.Server && a.DisplayName.Contains("StartSolve", StringComparison.Ordinal));
        Assert.Equal(request.TraceId, solve.TraceId);
        Assert.Equal(request.SpanId, solve.ParentSpanId);
        Assert.True(solve.Duration > TimeSpan.Zero);
    }
}
