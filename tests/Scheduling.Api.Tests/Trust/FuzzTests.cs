using System.Collections;
using System.Collections.Concurrent;
using System.Text;
using Google.Api;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Scheduling.Api.V1;
using Xunit.Abstractions;

namespace Scheduling.Api.Tests.Trust;

/// <summary>
/// Malformed and oversize requests to every method of the contract, over gRPC and JSON, generated from the proto
/// descriptors: wrong wire bytes and wrong JSON types, huge strings, huge repeated fields and deep nesting, invalid
/// names, bad tokens. Every answer must be a clear status (never INTERNAL/UNKNOWN, never HTTP 500), the process must
/// live through it, and its memory stay under a generous ceiling. Bounded: about a thousand requests, well under a minute.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>The server's resident memory may not pass this during the run (it idles near 200 MB).</summary>
    private const long MemoryCeiling = 1536L * 1024 * 1024;

    private static readonly string[] BadNames =
    [
        "", "x\n", "units/solbacken\n", "units/../units/solbacken", "units/solbacken/employees/E01/../../x", "rosters/", "solveJobs/x/y",
        "units/" + new string('a', 5000), "units/\0", "units/%2e%2e", "rosters/💥", "' OR 1=1 --", "units/solbacken/employees/*",
    ];

    private readonly string dataDirectory = TestPaths.TempDirectory();

    public void Dispose()
    {
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Every service of the contract (the files of the known services, so a new service in them is fuzzed too).</summary>
    public static IReadOnlyList<ServiceDescriptor> Services() =>
    [
        .. new[] { UnitService.Descriptor.File, SolveService.Descriptor.File, RosterService.Descriptor.File, EmployeeSelfService.Descriptor.File, WindowService.Descriptor.File }
            .Distinct().SelectMany(f => f.Services).DistinctBy(s => s.FullName),
    ];

    /// <summary>Requests a method gets over gRPC, as raw bytes (so they can be what no client library would send).</summary>
    private static IEnumerable<(string Case, byte[] Body)> GrpcCases(MethodDescriptor method, Random random)
    {
        var bytes = new byte[256];
        random.NextBytes(bytes);
        yield return ("random bytes", bytes);
        yield return ("truncated", Fill(method.InputType, Mode.Names, random, 0).ToByteArray() is { Length: > 1 } b ? b[..^1] : [0xFF]);
        yield return ("wrong wire types", [0x0A, 0x05, 0x01, 0x10, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01, 0x1D, 0x00]);
        foreach (var mode in Enum.GetValues<Mode>())
            yield return (mode.ToString(), Fill(method.InputType, mode, random, 0).ToByteArray());
        // Past the 16 MiB message limit: RESOURCE_EXHAUSTED before it is read.
        yield return ("oversize", OversizeMessage(method.InputType));
    }

    private enum Mode
    {
        /// <summary>1 MB strings, extreme numbers, unknown enum values.</summary>
        Huge,

        /// <summary>Invalid and hostile resource names and ids.</summary>
        Names,

        /// <summary>Repeated fields with many elements, messages nested as deep as they go.</summary>
        Many,

        /// <summary>Seeded random values.</summary>
        Random,
    }

    private static IMessage New(MessageDescriptor type) => type.Parser.ParseFrom(ByteString.Empty);

    private static IMessage Fill(MessageDescriptor type, Mode mode, Random random, int depth)
    {
        var message = New(type);
        if (depth > (mode == Mode.Many ? 8 : 3)) return message;
        foreach (var field in type.Fields.InFieldNumberOrder())
        {
            if (field.IsMap) continue;
            if (field.IsRepeated)
            {
                var list = (IList)field.Accessor.GetValue(message);
                var count = mode == Mode.Many && depth < 2 ? (field.FieldType == FieldType.Message ? 2_000 : 20_000) : 2;
                for (var i = 0; i < count; i++)
                    if (Value(field, mode, random, depth, i) is { } v) list.Add(v);
                continue;
            }

            if (Value(field, mode, random, depth, 0) is { } value) field.Accessor.SetValue(message, value);
        }

        return message;
    }

    private static object? Value(FieldDescriptor field, Mode mode, Random random, int depth, int index) => field.FieldType switch
    {
        FieldType.String => mode switch
        {
            Mode.Huge => index == 0 ? new string('x', 1_000_000) : "x",
            Mode.Names => BadNames[(field.FieldNumber + index) % BadNames.Length],
            Mode.Many => "E" + index,
            _ => RandomString(random),
        },
        FieldType.Bytes => ByteString.CopyFrom(new byte[mode == Mode.Huge ? 100_000 : 3]),
        FieldType.Bool => true,
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => mode switch { Mode.Huge => int.MaxValue, Mode.Names => int.MinValue, _ => random.Next(int.MinValue, int.MaxValue) },
        FieldType.UInt32 or FieldType.Fixed32 => mode == Mode.Huge ? uint.MaxValue : (uint)random.Next(),
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => mode switch { Mode.Huge => long.MaxValue, Mode.Names => long.MinValue, _ => random.NextInt64(long.MinValue, long.MaxValue) },
        FieldType.UInt64 or FieldType.Fixed64 => mode == Mode.Huge ? ulong.MaxValue : (ulong)random.NextInt64(),
        FieldType.Double => mode switch { Mode.Huge => double.PositiveInfinity, Mode.Names => double.NaN, _ => (random.NextDouble() - 0.5) * 1e12 },
        FieldType.Float => mode switch { Mode.Huge => float.MaxValue, Mode.Names => float.NaN, _ => (float)random.NextDouble() },
        FieldType.Enum => mode switch { Mode.Huge => 9999, Mode.Names => -1, _ => field.EnumType.Values[random.Next(field.EnumType.Values.Count)].Number },
        FieldType.Message => Fill(field.MessageType, mode, random, depth + 1),
        _ => null,
    };

    private static string RandomString(Random random)
    {
        var chars = new char[random.Next(0, 40)];
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(1, 0x3000);
        return new string(chars).Replace('\uFFFE', 'x').Replace('\uFFFF', 'x');
    }

    /// <summary>A well-formed message of 17 MB: one of its string fields (or an unknown field) full of x.</summary>
    private static byte[] OversizeMessage(MessageDescriptor type)
    {
        var output = new MemoryStream();
        var coded = new CodedOutputStream(output);
        coded.WriteTag(999, WireFormat.WireType.LengthDelimited);
        coded.WriteBytes(ByteString.CopyFrom(new byte[17 * 1024 * 1024]));
        coded.Flush();
        return output.ToArray();
    }

    private static readonly Marshaller<byte[]> Raw = Marshallers.Create(b => b, b => b);

    /// <summary>Not an answer a client can act on; UNAVAILABLE here is a stream the server reset instead of answering.</summary>
    private static readonly StatusCode[] Unclear = [StatusCode.Internal, StatusCode.Unknown, StatusCode.DataLoss, StatusCode.Unavailable];

    [Fact]
    public async Task Malformed_and_oversize_requests_to_every_method_get_a_clear_answer_and_the_process_lives_with_bounded_memory()
    {
        await using var host = await HostProcess.StartAsync(dataDirectory, "--Scheduling:DefaultTimeLimitSeconds=1", "--Scheduling:QueueCapacity=2", "--Scheduling:DefaultWorkers=1");
        var clock = Stopwatch.StartNew();
        var planner = host.PlannerToken();
        var key = File.ReadAllText(host.KeyFile).Trim();
        string[] tokens =
        [
            planner,
            TestTokens.Employee("units/solbacken", "E01", key),
            "not-a-token",
            TestTokens.Planner(),                                            // signed with another key
            planner[..^4] + "AAAA",                                           // signature broken
            new string('a', 12_000),
        ];
        var failures = new ConcurrentBag<string>();
        var unavailable = new ConcurrentBag<string>();
        var answers = new ConcurrentDictionary<string, int>();
        var peak = 0L;
        var random = new Random(13);
        var services = Services();
        var methods = services.SelectMany(s => s.Methods).ToList();
        Assert.True(methods.Count >= 60, $"only {methods.Count} methods found");

        // gRPC: every case of every method with the planner's token, and every method with each bad token.
        var grpc = new List<(MethodDescriptor Method, string Case, byte[] Body, string? Token)>();
        foreach (var method in methods)
        {
            foreach (var (name, body) in GrpcCases(method, random)) grpc.Add((method, name, body, planner));
            // Two of the bad tokens (or none) per method, in turn: every one is tried on many methods.
            var bad = tokens.Skip(1).Append(null).ToArray();
            for (var i = 0; i < 2; i++)
            {
                var which = (grpc.Count + i) % bad.Length;
                grpc.Add((method, $"token {which + 1}", Fill(method.InputType, Mode.Random, random, 0).ToByteArray(), bad[which]));
            }
        }

        var grpcTime = clock.Elapsed;
        var invokers = new ConcurrentDictionary<string, CallInvoker>();
        await Parallel.ForEachAsync(grpc, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (c, _) =>
        {
            var invoker = invokers.GetOrAdd(c.Token ?? "", t => host.Channel(t.Length == 0 ? null : t));
            var (code, detail) = await CallAsync(invoker, c.Method, c.Body);
            answers.AddOrUpdate("grpc " + code, 1, (_, n) => n + 1);
            if (code == StatusCode.Unavailable) unavailable.Add($"[{c.Case}] {detail}");
            if (Unclear.Contains(code)) failures.Add($"gRPC [{c.Case}] {code} {detail}: {c.Method.FullName}");
            Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), host.WorkingSet));
        });

        // JSON: every method with an HTTP route, with wrong types, huge and deeply nested bodies and bad path values.
        var json = new List<(MethodDescriptor Method, string Case, HttpMethod Verb, string Path, string? Body, string? Token)>();
        foreach (var method in methods)
        {
            if (Route(method) is not { } route) continue;
            foreach (var (name, path, body) in JsonCases(method, route.Path, random))
                json.Add((method, name, route.Verb, path, route.HasBody ? body : null, planner));
            foreach (var token in tokens.Skip(1 + json.Count % 3).Take(1)) json.Add((method, "token", route.Verb, Bind(route.Path, "solbacken"), route.HasBody ? "{}" : null, token));
        }

        grpcTime = clock.Elapsed - grpcTime;
        using var http = new HttpClient { BaseAddress = host.HttpAddress, Timeout = TimeSpan.FromSeconds(30) };
        await Parallel.ForEachAsync(json, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (c, cancellation) =>
        {
            using var request = new HttpRequestMessage(c.Verb, c.Path);
            if (c.Token is not null) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", c.Token);
            if (c.Body is not null) request.Content = new StringContent(c.Body, Encoding.UTF8, "application/json");
            int status;
            try
            {
                using var response = await http.SendAsync(request, cancellation);
                status = (int)response.StatusCode;
            }
            catch (HttpRequestException ex)
            {
                failures.Add($"JSON [{c.Case}] no answer ({ex.Message}): {c.Verb} {Short(c.Path)}");
                return;
            }

            answers.AddOrUpdate("http " + status, 1, (_, n) => n + 1);
            if (status >= 500 && status != 503) failures.Add($"JSON [{c.Case}] {status}: {c.Verb} {Short(c.Path)} ({c.Method.Name})");
            Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), host.WorkingSet));
        });

        var summary = $"{grpc.Count} gRPC requests in {grpcTime.TotalSeconds:0} s, {json.Count} JSON in {(clock.Elapsed - grpcTime).TotalSeconds:0} s; answers {string.Join(", ", answers.OrderBy(a => a.Key).Select(a => $"{a.Key}: {a.Value}"))}; peak {peak / 1048576} MB";
        // Grouped by case and answer, with one method as the example.
        var grouped = failures.GroupBy(f => f[..f.LastIndexOf(": ", StringComparison.Ordinal)]).Select(g => $"{g.Count()} × {g.Key}, e.g. {g.First()[(g.Key.Length + 2)..]}");
        Assert.True(failures.IsEmpty, $"{failures.Count} unclear answers ({summary}):\n{string.Join("\n", grouped.Order())}\n{string.Join("\n", unavailable.GroupBy(u => u).Select(g => $"{g.Count()} × UNAVAILABLE {g.Key}"))}");
        Assert.False(host.HasExited, "the service died:\n" + host.Output);
        var health = await new Grpc.Health.V1.Health.HealthClient(host.Channel(null)).CheckAsync(new Grpc.Health.V1.HealthCheckRequest());
        Assert.Equal(Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        Assert.True(Math.Max(peak, host.PeakWorkingSet) < MemoryCeiling, $"memory went to {Math.Max(peak, host.PeakWorkingSet) / 1048576} MB ({summary})");
        Assert.True(grpc.Count + json.Count >= 500, summary);
        output.WriteLine(summary);
        foreach (var g in unavailable.GroupBy(u => u)) output.WriteLine($"{g.Count()} × UNAVAILABLE {g.Key}");
    }

    private static string Short(string path) => path.Length > 120 ? path[..120] + "…" : path;

    private static async Task<(StatusCode Code, string Detail)> CallAsync(CallInvoker invoker, MethodDescriptor method, byte[] body)
    {
        var options = new CallOptions(deadline: DateTime.UtcNow.AddSeconds(10));
        try
        {
            if (method.IsServerStreaming)
            {
                var grpcMethod = new Method<byte[], byte[]>(MethodType.ServerStreaming, method.Service.FullName, method.Name, Raw, Raw);
                using var call = invoker.AsyncServerStreamingCall(grpcMethod, null, options, body);
                while (await call.ResponseStream.MoveNext(CancellationToken.None))
                {
                }
            }
            else
            {
                var grpcMethod = new Method<byte[], byte[]>(MethodType.Unary, method.Service.FullName, method.Name, Raw, Raw);
                using var call = invoker.AsyncUnaryCall(grpcMethod, null, options, body);
                await call.ResponseAsync;
            }

            return (StatusCode.OK, "");
        }
        catch (RpcException ex)
        {
            var inner = ex.Status.DebugException;
            while (inner?.InnerException is not null) inner = inner.InnerException;
            var detail = inner is null ? ex.Status.Detail : inner.GetType().Name + ": " + inner.Message;
            return (ex.StatusCode, detail.Length > 100 ? detail[..100] : detail);
        }
    }

    private static (HttpMethod Verb, string Path, bool HasBody)? Route(MethodDescriptor method)
    {
        var http = method.GetOptions()?.GetExtension(AnnotationsExtensions.Http);
        if (http is null) return null;
        return http.PatternCase switch
        {
            HttpRule.PatternOneofCase.Get => (HttpMethod.Get, http.Get, false),
            HttpRule.PatternOneofCase.Post => (HttpMethod.Post, http.Post, http.Body.Length > 0),
            HttpRule.PatternOneofCase.Patch => (HttpMethod.Patch, http.Patch, http.Body.Length > 0),
            HttpRule.PatternOneofCase.Put => (HttpMethod.Put, http.Put, http.Body.Length > 0),
            HttpRule.PatternOneofCase.Delete => (HttpMethod.Delete, http.Delete, false),
            _ => null,
        };
    }

    /// <summary>The route with each variable bound: a pattern's <c>*</c> segments filled with <paramref name="id"/>.</summary>
    private static string Bind(string template, string id) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{([A-Za-z0-9_.]+)(=([^}]*))?\}", m =>
            m.Groups[3].Success ? m.Groups[3].Value.Replace("**", id, StringComparison.Ordinal).Replace("*", id, StringComparison.Ordinal) : id);

    private static IEnumerable<(string Case, string Path, string Body)> JsonCases(MethodDescriptor method, string template, Random random)
    {
        var fields = method.InputType.Fields.InDeclarationOrder();
        var good = Bind(template, "solbacken");
        string Field(int i) => fields.Count == 0 ? "x" : fields[i % fields.Count].JsonName;
        yield return ("not json", good, "{not json");
        yield return ("array body", good, "[1,2,3]");
        yield return ("wrong types", good, "{" + string.Join(",", fields.Select(f => $"\"{f.JsonName}\": {(f.FieldType == FieldType.String ? "123" : "\"text\"")}")) + "}");
        yield return ("objects for scalars", good, "{" + string.Join(",", fields.Select(f => $"\"{f.JsonName}\": {{\"a\": [1, {{}}]}}")) + "}");
        yield return ("huge string", good, $"{{\"{Field(0)}\": \"{new string('x', 2_000_000)}\"}}");
        yield return ("deep nesting", good, $"{{\"{Field(1)}\": {new string('[', 5000)}{new string(']', 5000)}}}");
        yield return ("deep objects", good, $"{{\"{Field(2)}\": {string.Concat(Enumerable.Repeat("{\"a\":", 3000))}1{new string('}', 3000)}}}");
        yield return ("many items", good, $"{{\"{Field(3)}\": [{string.Join(",", Enumerable.Repeat("{}", 50_000))}]}}");
        yield return ("unknown field", good, "{\"noSuchField\": 1, \"name\": \"units/solbacken\"}");
        string randomJson;
        try
        {
            randomJson = JsonFormatter.Default.Format(Fill(method.InputType, Mode.Random, random, 0));
        }
        catch (InvalidOperationException)
        {
            randomJson = "{\"name\": \"" + RandomString(random).Replace("\\", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal) + "\"}"; // a random timestamp or duration has no JSON form
        }

        yield return ("random message", good, randomJson);
        yield return ("nan and infinity", good, "{" + string.Join(",", fields.Select(f => $"\"{f.JsonName}\": \"NaN\"")) + "}");
        foreach (var name in new[] { "x%0A", "..", "%00", new string('a', 3000), "%F0%9F%92%A5", "a%2Fb" })
            yield return ("bad path " + name[..Math.Min(8, name.Length)], Bind(template, name), "{}");
        yield return ("bad query", good + "?pageSize=-5&pageToken=%%%&view=NOPE&updateMask=no_such_field,,&force=maybe", "{}");
    }
}
