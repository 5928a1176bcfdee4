using System.Diagnostics.CodeAnalysis;

namespace Scheduling.Api.Application.Solving;

/// <summary>
/// The jobs this node is running (one <see cref="LiveJob"/> each, by name) and the queue's two gauges: the cluster's
/// waiting jobs as last counted, and this node's running ones. Shared by the use cases of <see cref="SolveJobs"/>: a
/// read, a watch or a cancel of a job this node runs goes to its live state instead of the store.
/// </summary>
public sealed class LiveJobs
{
    private readonly ConcurrentDictionary<string, LiveJob> jobs = new(StringComparer.Ordinal);
    private int queued;
    private int running;

    public LiveJobs(SchedulingTelemetry telemetry) => telemetry.ObserveQueue(() => QueuedCount, () => RunningCount);

    /// <summary>Jobs waiting in the whole cluster, as last counted (at an admission, and every third of a lease).</summary>
    public int QueuedCount => Math.Max(0, Volatile.Read(ref queued));

    /// <summary>Jobs this node is solving.</summary>
    public int RunningCount => Volatile.Read(ref running);

    /// <summary>The names of the jobs this node runs (whose leases it renews).</summary>
    public IReadOnlyCollection<string> Names => [.. jobs.Keys];

    internal bool TryGet(string name, [MaybeNullWhen(false)] out LiveJob job) => jobs.TryGetValue(name, out job);

    internal bool IsRunning(string name) => jobs.ContainsKey(name);

    /// <summary>A job starts running here.</summary>
    internal void Add(LiveJob job)
    {
        jobs[job.Name] = job;
        Interlocked.Increment(ref running);
    }

    /// <summary>A job this node ran has ended or been let go.</summary>
    internal void Remove(string name)
    {
        jobs.TryRemove(name, out _);
        Interlocked.Decrement(ref running);
    }

    /// <summary>A job was admitted to the queue.</summary>
    internal void Enqueued() => Interlocked.Increment(ref queued);

    /// <summary>A waiting job was taken or cancelled.</summary>
    internal void Dequeued() => Interlocked.Decrement(ref queued);

    /// <summary>The cluster's waiting jobs as the store counts them now.</summary>
    internal void Counted(int waiting) => Volatile.Write(ref queued, waiting);
}
