using Hangfire.Storage;
using NodaTime;
using Scheduling.Api.Application;
using Scheduling.Api.Application.Solving;
using Scheduling.Api.Storage;

namespace Scheduling.Api.Hosting;

/// <summary>
/// Puts back into Hangfire's queue a stored QUEUED job the queue does not hold. A job is stored (its own transaction)
/// before it is queued (Hangfire's); a process that dies between the two leaves a job that answers QUEUED forever and
/// that no worker is ever given. At start, and every <see cref="SchedulingOptions.QueueRepairSeconds"/> after, each
/// node compares the store's QUEUED jobs older than <see cref="SchedulingOptions.QueueRepairGraceSeconds"/> (a job
/// being admitted right now is queued within milliseconds) with what the queue holds (enqueued, fetched, processing,
/// scheduled for a retry) and queues the ones it lacks. Two nodes repairing at once may queue a job twice: the second
/// delivery finds it taken or ended and does nothing (<see cref="SolveJobs.RunQueuedAsync"/>).
/// </summary>
internal sealed class QueueRepair(SolveEngine engine, JobRepository jobs, ISolveQueue queue, IClock clock, IOptions<SchedulingOptions> options, ILogger<QueueRepair> log) : BackgroundService
{
    /// <summary>How many queue entries are read per page of Hangfire's monitoring API.</summary>
    private const int Page = 500;

    /// <summary>One pass at a time in a process: two overlapping passes would both find a job missing and queue it twice.</summary>
    private readonly SemaphoreSlim pass = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromSeconds(Math.Max(1, options.Value.QueueRepairSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RepairAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed pass (the database away) is logged and tried again at the next one; it must not stop the host.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                HostingLog.QueueRepairFailed(log, ex);
            }

            try
            {
                await Task.Delay(every, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass: the names of the jobs queued again.</summary>
    public async Task<IReadOnlyList<string>> RepairAsync(CancellationToken cancellation)
    {
        await pass.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            return await RepairOnceAsync(cancellation).ConfigureAwait(false);
        }
        finally
        {
            pass.Release();
        }
    }

    public override void Dispose()
    {
        pass.Dispose();
        base.Dispose();
    }

    private async Task<IReadOnlyList<string>> RepairOnceAsync(CancellationToken cancellation)
    {
        var settings = options.Value;
        var before = clock.GetCurrentInstant() - Duration.FromSeconds(Math.Max(0, settings.QueueRepairGraceSeconds));
        var stored = await jobs.ListInStateAsync(JobState.Queued, Math.Max(1, settings.QueueCapacity), cancellation).ConfigureAwait(false);
        var waiting = stored.Where(j => j.CreateTime is not { } created || created < before).Select(j => j.Name).ToList();
        if (waiting.Count == 0) return [];

        var held = HeldByQueue();
        var repaired = new List<string>();
        foreach (var name in waiting.Where(n => !held.Contains(n)))
        {
            await queue.EnqueueAsync(name, null, cancellation).ConfigureAwait(false);
            HostingLog.QueueRepaired(log, name);
            repaired.Add(name);
        }

        return repaired;
    }

    /// <summary>The job names of every solve call the queue holds, in any state it may still deliver from.</summary>
    private HashSet<string> HeldByQueue()
    {
        var monitor = engine.Storage.GetMonitoringApi();
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(names, from => monitor.EnqueuedJobs(SolveEngine.Queue, from, Page).Select(p => p.Value?.Job));
        Collect(names, from => monitor.FetchedJobs(SolveEngine.Queue, from, Page).Select(p => p.Value?.Job));
        Collect(names, from => monitor.ProcessingJobs(from, Page).Select(p => p.Value?.Job));
        Collect(names, from => monitor.ScheduledJobs(from, Page).Select(p => p.Value?.Job));
        return names;
    }

    private static void Collect(HashSet<string> names, Func<int, IEnumerable<Hangfire.Common.Job?>> page)
    {
        for (var from = 0; ; from += Page)
        {
            var jobs = page(from).ToList();
            foreach (var job in jobs)
                if (job is { Args.Count: > 0 } && job.Args[0] is string name) names.Add(name);
            if (jobs.Count < Page) return;
        }
    }
}
