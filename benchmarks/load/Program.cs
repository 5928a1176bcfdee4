using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Scheduling.Api.V1;

// Many clients at once against a running service, a mix of reads, conditional updates, bad requests, JSON calls
// and small solves; then waits for every accepted solve to end. Prints what was answered, how fast, the host's
// peak memory (with --pid, from /proc) and the jobs lost (accepted but never ended: must be 0).
//
//   dotnet run -c Release --project benchmarks/load -- --grpc http://127.0.0.1:5080 --http http://127.0.0.1:5081 \
//       --token "$(dotnet run --project src/Scheduling.Cli -- token --role planner)" --requests 10000 --clients 50 --pid PID
var settings = Args.Parse(args);
var problem = File.Exists(settings.Problem) ? JsonParser.Default.Parse<Problem>(File.ReadAllText(settings.Problem)) : null;
using var channel = GrpcChannel.ForAddress(settings.Grpc, new GrpcChannelOptions { HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true } });
var invoker = channel.CreateCallInvoker().Intercept(headers =>
{
    headers.Add("authorization", "Bearer " + settings.Token);
    return headers;
});
using var http = new HttpClient { BaseAddress = new Uri(settings.Http), Timeout = TimeSpan.FromSeconds(60) };
http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", settings.Token);

var units = new UnitService.UnitServiceClient(invoker);
var employees = new EmployeeService.EmployeeServiceClient(invoker);
var solve = new SolveService.SolveServiceClient(invoker);
var rosters = new RosterService.RosterServiceClient(invoker);
var unit = "units/" + settings.Unit;
var staff = (await employees.ListEmployeesAsync(new ListEmployeesRequest { Parent = unit, PageSize = 1000 })).Employees.Select(e => e.Name).ToArray();
if (staff.Length == 0) throw new InvalidOperationException($"{unit} has no employees");

var statuses = new ConcurrentDictionary<string, int>();
var latencies = new ConcurrentBag<double>();
var accepted = new ConcurrentBag<string>();
var peakKb = 0L;
var next = -1;
var clock = Stopwatch.StartNew();
using var sampling = new CancellationTokenSource();
var sampler = Task.Run(async () =>
{
    while (!sampling.IsCancellationRequested)
    {
        Interlocked.Exchange(ref peakKb, Math.Max(Interlocked.Read(ref peakKb), PeakKb(settings.Pid)));
        try { await Task.Delay(200, sampling.Token); } catch (OperationCanceledException) { }
    }
});

await Task.WhenAll(Enumerable.Range(0, settings.Clients).Select(client => Task.Run(async () =>
{
    var random = new Random(client);
    while (true)
    {
        var i = Interlocked.Increment(ref next);
        if (i >= settings.Requests) return;
        var started = Stopwatch.GetTimestamp();
        var status = await OneAsync(i % 20, random);
        latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
    }
})));
var loadTime = clock.Elapsed;

// Every accepted solve must end (SUCCEEDED, CANCELLED or FAILED with a reason); one that does not is lost.
var lost = new List<string>();
var waitUntil = DateTime.UtcNow.AddMinutes(settings.WaitMinutes);
foreach (var job in accepted)
{
    while (true)
    {
        var state = SolveJob.Types.State.Unspecified;
        try
        {
            state = (await solve.GetSolveJobAsync(new GetSolveJobRequest { Name = job })).State;
        }
        catch (RpcException)
        {
        }

        if (state is SolveJob.Types.State.Succeeded or SolveJob.Types.State.Cancelled or SolveJob.Types.State.Failed) break;
        if (DateTime.UtcNow > waitUntil)
        {
            lost.Add($"{job} ({state})");
            break;
        }

        await Task.Delay(500);
    }
}

await sampling.CancelAsync();
await sampler;
var sorted = latencies.Order().ToArray();
double Percentile(double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
var answered = statuses.Where(s => s.Key != "no answer").Sum(s => s.Value);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"requests: {settings.Requests}, clients: {settings.Clients}, answered: {answered}, in {loadTime.TotalSeconds:0.0} s ({settings.Requests / loadTime.TotalSeconds:0} req/s)"));
Console.WriteLine("statuses: " + string.Join(", ", statuses.OrderByDescending(s => s.Value).Select(s => $"{s.Key} {s.Value}")));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"latency ms: p50 {Percentile(0.50):0.0}, p90 {Percentile(0.90):0.0}, p99 {Percentile(0.99):0.0}, max {Percentile(1):0.0}"));
Console.WriteLine(settings.Pid > 0 ? $"host peak memory (VmHWM): {Interlocked.Read(ref peakKb) / 1024} MB" : "host peak memory: (give --pid)");
Console.WriteLine($"solves accepted: {accepted.Count}, jobs lost: {lost.Count}{(lost.Count > 0 ? " — " + string.Join(", ", lost) : "")}");
return lost.Count == 0 && !statuses.ContainsKey("INTERNAL") && !statuses.ContainsKey("UNKNOWN") && !statuses.ContainsKey("http 500") ? 0 : 1;

async Task<string> OneAsync(int kind, Random random)
{
    var employee = staff[random.Next(staff.Length)];
    var deadline = DateTime.UtcNow.AddSeconds(60);
    try
    {
        switch (kind)
        {
            case 0 or 1 or 2:
                await units.GetUnitAsync(new GetUnitRequest { Name = unit }, deadline: deadline);
                break;
            case 3 or 4:
                await employees.ListEmployeesAsync(new ListEmployeesRequest { Parent = unit, PageSize = 50 }, deadline: deadline);
                break;
            case 5 or 6 or 7:
                await employees.GetEmployeeAsync(new GetEmployeeRequest { Name = employee }, deadline: deadline);
                break;
            case 8 or 9 or 10:
            {
                // Read, change one field, write back with the etag: a concurrent change makes it ABORTED, never lost.
                var read = await employees.GetEmployeeAsync(new GetEmployeeRequest { Name = employee }, deadline: deadline);
                read.DisplayName = "Load " + random.Next(1000).ToString(CultureInfo.InvariantCulture);
                await employees.UpdateEmployeeAsync(new UpdateEmployeeRequest { Employee = read, UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "display_name" } } }, deadline: deadline);
                break;
            }

            case 11 or 12:
                await employees.GetEmployeeAsync(new GetEmployeeRequest { Name = "units/" + new string('x', random.Next(1, 200)) + "\n/employees/E01" }, deadline: deadline);
                break;
            case 13:
                await employees.CreateEmployeeAsync(new CreateEmployeeRequest { Parent = unit, EmployeeId = "bad id!", Employee = new Employee { EmploymentRate = 500 } }, deadline: deadline);
                break;
            case 14 or 15 or 16:
            {
                using var response = await http.GetAsync(new Uri(kind == 16 ? $"/v1/{employee}" : $"/v1/{unit}", UriKind.Relative));
                return "http " + (int)response.StatusCode;
            }

            case 17:
                await rosters.ListRostersAsync(new ListRostersRequest { Parent = unit, PageSize = 20 }, deadline: deadline);
                break;
            case 18:
                await solve.ListSolveJobsAsync(new ListSolveJobsRequest { Unit = "", PageSize = 20 }, deadline: deadline);
                break;
            default:
            {
                if (problem is null)
                {
                    await units.GetUnitAsync(new GetUnitRequest { Name = unit }, deadline: deadline);
                    break;
                }

                var job = await solve.StartSolveAsync(new StartSolveRequest
                {
                    Problem = problem,
                    Options = new SolveOptions { TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(settings.SolveSeconds)), Workers = 1 },
                }, deadline: deadline);
                accepted.Add(job.Name);
                break;
            }
        }

        return "OK";
    }
    catch (RpcException ex)
    {
        return ex.StatusCode switch
        {
            StatusCode.Internal => "INTERNAL",
            StatusCode.Unknown => "UNKNOWN",
            _ => ex.StatusCode.ToString(),
        };
    }
    catch (HttpRequestException)
    {
        return "no answer";
    }
    catch (TaskCanceledException)
    {
        return "no answer";
    }
}

static long PeakKb(int pid)
{
    if (pid <= 0) return 0;
    try
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
    catch (IOException)
    {
        return 0;
    }
}

internal sealed record Args(string Grpc, string Http, string Token, int Requests, int Clients, int Pid, string Unit, string Problem, double SolveSeconds, double WaitMinutes)
{
    public static Args Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        var token = Get("token", Environment.GetEnvironmentVariable("SCHEDULING_TOKEN") ?? "");
        if (token.Length == 0) throw new ArgumentException("give --token (scheduling token --role planner) or SCHEDULING_TOKEN");
        return new Args(
            Get("grpc", "http://127.0.0.1:5080"), Get("http", "http://127.0.0.1:5081"), token,
            int.Parse(Get("requests", "10000"), CultureInfo.InvariantCulture), int.Parse(Get("clients", "50"), CultureInfo.InvariantCulture),
            int.Parse(Get("pid", "0"), CultureInfo.InvariantCulture), Get("unit", "solbacken"), Get("problem", "examples/small-group-home.json"),
            double.Parse(Get("solve-seconds", "1"), CultureInfo.InvariantCulture), double.Parse(Get("wait-minutes", "10"), CultureInfo.InvariantCulture));
    }
}
