using Microsoft.Extensions.DependencyInjection;
using Scheduling.Api.Storage;

namespace Scheduling.Api.Tests.Trust;

/// <summary>
/// An in-memory server on a data directory the test chooses (two servers may share one), with extra settings and,
/// optionally, the store seen through a <see cref="StoreFaults"/> proxy that delays or fails the methods a test names.
/// </summary>
public sealed class TrustServer(string dataDirectory, StoreFaults? faults = null, params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = dataDirectory;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Scheduling:DataDirectory", DataDirectory);
        builder.UseSetting("Scheduling:Concurrency", "1");
        builder.UseSetting("Scheduling:DefaultWorkers", "2");
        builder.UseSetting("Scheduling:Auth:SigningKey", TestTokens.Key);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (faults is not null)
            builder.ConfigureTestServices(s => s.AddSingleton<ISchedulingStore>(sp => faults.Wrap(sp.GetRequiredService<SqliteSchedulingStore>())));
    }

    public CallInvoker Channel() => Channel(TestTokens.Planner());

    public CallInvoker Channel(string? token) =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() }).CreateCallInvoker().With(token);
}

/// <summary>
/// What the proxied store does to a named method before (or instead of) calling the real one: a delay, or an
/// exception for the next <c>n</c> calls. Made with <see cref="DispatchProxy"/>, so it follows the interface as it grows.
/// </summary>
public sealed class StoreFaults
{
    private readonly Dictionary<string, TimeSpan> delays = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Left, Func<Exception> Make)> failures = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public void Delay(string method, TimeSpan delay)
    {
        lock (gate) delays[method] = delay;
    }

    /// <summary>The next <paramref name="times"/> calls of the method throw (int.MaxValue: until <see cref="Heal"/>).</summary>
    public void Fail(string method, int times, Func<Exception> make)
    {
        lock (gate) failures[method] = (times, make);
    }

    public void Heal()
    {
        lock (gate)
        {
            failures.Clear();
            delays.Clear();
        }
    }

    public int Failed { get; private set; }

    public ISchedulingStore Wrap(ISchedulingStore inner)
    {
        var proxy = DispatchProxy.Create<ISchedulingStore, Proxy>();
        ((Proxy)(object)proxy).Init(inner, this);
        return proxy;
    }

    private (TimeSpan Delay, Exception? Failure) Plan(string method)
    {
        lock (gate)
        {
            var delay = delays.GetValueOrDefault(method);
            if (failures.TryGetValue(method, out var f) && f.Left > 0)
            {
                failures[method] = (f.Left == int.MaxValue ? f.Left : f.Left - 1, f.Make);
                Failed++;
                return (delay, f.Make());
            }

            return (delay, null);
        }
    }

    public class Proxy : DispatchProxy
    {
        private ISchedulingStore inner = null!;
        private StoreFaults faults = null!;

        internal void Init(ISchedulingStore store, StoreFaults plan)
        {
            inner = store;
            faults = plan;
        }

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            var (delay, failure) = faults.Plan(method!.Name);
            if (delay == TimeSpan.Zero && failure is null) return Call(method, args);
            if (!typeof(Task).IsAssignableFrom(method.ReturnType))
            {
                Thread.Sleep(delay);
                if (failure is not null) throw failure;
                return Call(method, args);
            }

            // An async method: the delay and the failure happen in the returned task, as a real store's would.
            var run = RunAsync(delay, failure, () => (Task)Call(method, args)!);
            if (method.ReturnType == typeof(Task)) return run;
            var result = method.ReturnType.GetGenericArguments()[0];
            return typeof(Proxy).GetMethod(nameof(Cast), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(result).Invoke(null, [run]);
        }

        private object? Call(MethodInfo method, object?[]? args)
        {
            try
            {
                return method.Invoke(inner, args);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
                throw;
            }
        }

        private static async Task<Task> RunAsync(TimeSpan delay, Exception? failure, Func<Task> call)
        {
            await Task.Delay(delay).ConfigureAwait(false);
            if (failure is not null) throw failure;
            var task = call();
            await task.ConfigureAwait(false);
            return task;
        }

        private static async Task<T> Cast<T>(Task<Task> run) => await (Task<T>)await run.ConfigureAwait(false);
    }
}
