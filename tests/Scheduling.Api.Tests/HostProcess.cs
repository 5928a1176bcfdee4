using System.Net.Sockets;

namespace Scheduling.Api.Tests;

/// <summary>
/// The built service started as its own process on free loopback ports (gRPC over HTTP/2 and JSON
/// over HTTP/1.1), as a user starts it: real Kestrel sockets, a data directory that outlives it.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly List<string> output = [];

    private readonly string dataDirectory;

    private HostProcess(Process process, string dataDirectory, int grpcPort, int httpPort)
    {
        this.process = process;
        this.dataDirectory = dataDirectory;
        GrpcAddress = new Uri($"http://127.0.0.1:{grpcPort}");
        HttpAddress = new Uri($"http://127.0.0.1:{httpPort}");
    }

    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>The process's resident memory now, in bytes.</summary>
    public long WorkingSet
    {
        get
        {
            process.Refresh();
            if (process.HasExited) throw new InvalidOperationException($"the service exited with {process.ExitCode}:\n{Output}");
            return process.WorkingSet64;
        }
    }

    /// <summary>The most resident memory the process has had, in bytes (VmHWM on Linux).</summary>
    public long PeakWorkingSet
    {
        get
        {
            process.Refresh();
            return process.PeakWorkingSet64;
        }
    }

    public Uri GrpcAddress { get; }
    public Uri HttpAddress { get; }

    public string Output
    {
        get
        {
            lock (output) return string.Join(Environment.NewLine, output);
        }
    }

    public static async Task<HostProcess> StartAsync(string dataDirectory, params string[] settings)
    {
        Assert.True(File.Exists(TestPaths.ApiDll), $"build the service first: {TestPaths.ApiDll}");
        int grpcPort = FreePort(), httpPort = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataDirectory,
        };
        start.ArgumentList.Add(TestPaths.ApiDll);
        start.ArgumentList.Add($"--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:{grpcPort}");
        start.ArgumentList.Add($"--Kestrel:Endpoints:Http:Url=http://127.0.0.1:{httpPort}");
        start.ArgumentList.Add($"--Scheduling:DataDirectory={dataDirectory}");
        foreach (var s in settings) start.ArgumentList.Add(s);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var host = new HostProcess(process, dataDirectory, grpcPort, httpPort);
        process.OutputDataReceived += (_, e) => host.Add(e.Data);
        process.ErrorDataReceived += (_, e) => host.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilServingAsync().ConfigureAwait(false);
        return host;
    }

    private void Add(string? line)
    {
        if (line is null) return;
        lock (output) output.Add(line);
    }

    /// <summary>The key the service made in its data directory on first start (what <c>scheduling token</c> reads).</summary>
    public string KeyFile => Path.Combine(dataDirectory, Scheduling.Api.V1.Auth.SchedulingAuth.KeyFileName);

    /// <summary>A planner's token signed with the service's own key.</summary>
    public string PlannerToken() => TestTokens.Planner(File.ReadAllText(KeyFile).Trim());

    /// <summary>Calls as a planner.</summary>
    public Grpc.Core.CallInvoker Channel() => Channel(PlannerToken());

    public Grpc.Core.CallInvoker Channel(string? token) => GrpcChannel.ForAddress(GrpcAddress).CreateCallInvoker().With(token);

    private async Task WaitUntilServingAsync()
    {
        var health = new Grpc.Health.V1.Health.HealthClient(Channel(null));
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited) throw new InvalidOperationException($"the service exited with {process.ExitCode}:\n{Output}");
            try
            {
                var reply = await health.CheckAsync(new Grpc.Health.V1.HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(2)).ResponseAsync.ConfigureAwait(false);
                if (reply.Status == Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving) return;
            }
            catch (Grpc.Core.RpcException)
            {
            }

            await Task.Delay(200).ConfigureAwait(false);
        }

        throw new TimeoutException($"the service did not answer within 60 s:\n{Output}");
    }

    /// <summary>Ends the process at once, as a crash or a power cut would: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync().ConfigureAwait(false);
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
