using NodaTime;
using NodaTime.Text;
using Scheduling.Api.Storage;
using Scheduling.Domain;

namespace Scheduling.Api.Application.Solving;

/// <summary>
/// A job once started (<see cref="SolveAdmission"/>): read, listed, watched and cancelled from any node. A job this node
/// runs is answered from its live state (<see cref="LiveJobs"/>); any other through the store, where its holder writes its
/// progress every <see cref="SchedulingOptions.ProgressStoreSeconds"/> and reads the cancel requests other nodes leave.
/// Also the queue's entry point (<see cref="RunQueuedAsync"/>), which <see cref="JobRunner"/> carries out.
/// </summary>
public sealed partial class SolveJobs(ISchedulingStore store, JobRepository jobs, LiveJobs live, JobRunner runner, IOptions<SchedulingOptions> settings, SchedulingTelemetry telemetry, IClock clock, ILogger<SolveJobs> log)
{
    private readonly SchedulingOptions options = settings.Value;

    [GeneratedRegex(@"\AsolveJobs/[A-Za-z0-9_-]{1,63}\z")]
    private static partial Regex JobName();


    /// <summary>
    /// What the queue calls for a delivered job (see <see cref="JobRunner.RunAsync"/>). It stays here, under this type's name,
    /// because Hangfire stores the type and method of every queued call: jobs queued before an upgrade must still run after it.
    /// </summary>
    public Task RunQueuedAsync(string name, string? traceParent) => runner.RunAsync(name, traceParent);

    public async Task<SolveJobRecord> GetAsync(string name, CancellationToken cancellation)
    {
        CheckName(name);
        if (live.TryGet(name, out var job)) return job.Snapshot();
        return await jobs.GetAsync(name, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(name);
    }

    public async Task<(IReadOnlyList<SolveJobRecord> Jobs, string NextPageToken)> ListAsync(string? unit, int pageSize, string pageToken, CancellationToken cancellation)
    {
        var size = Paging.Size(pageSize);
        var before = Paging.Decode(pageToken);
        var stored = await jobs.ListAsync(string.IsNullOrEmpty(unit) ? null : unit, before, size + 1, cancellation).ConfigureAwait(false);
        var page = stored.Take(size).Select(j => live.TryGet(j.Name, out var l) ? l.Snapshot() : j).ToList();
        return (page, stored.Count > size ? Paging.Encode(page[^1].Name) : "");
    }

    /// <summary>Progress of a job until it ends; for an ended job, its final state alone.</summary>
    public async IAsyncEnumerable<JobEvent> WatchAsync(string name, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        CheckName(name);
        if (live.TryGet(name, out var job))
        {
            await foreach (var p in job.Watch(cancellation).ConfigureAwait(false)) yield return p;
            yield break;
        }

        // Waiting, or held by another node (or by none, between a node's death and another's claim): followed through the
        // store until it ends or this node takes it.
        var stored = await jobs.GetAsync(name, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(name);
        JobProgress? last = null;
        while (true)
        {
            if (live.TryGet(name, out job))
            {
                await foreach (var p in job.Watch(cancellation).ConfigureAwait(false)) yield return p;
                yield break;
            }

            if (stored.IsOver)
            {
                yield return FinalEvent(stored);
                yield break;
            }

            var progress = (stored.LatestProgress ?? JobProgress.None(stored.State)) with { State = stored.State };
            if (progress != last) yield return new JobEvent(name, progress);
            last = progress;
            await Task.Delay(options.ProgressInterval, cancellation).ConfigureAwait(false);
            // Deleted with its unit meanwhile: the watch ends with what it saw.
            if (await jobs.GetAsync(name, cancellation).ConfigureAwait(false) is not { } again) yield break;
            stored = again;
        }
    }

    /// <summary>The store's setting that asks the node holding a job to cancel it.</summary>
    internal static string CancelRequestKey(string job) => "cancel-request/" + job;

    /// <summary>
    /// Stops a job: a queued one at once (in the store, whichever node took it in), a running one with its best roster so
    /// far. A job another node runs is asked to stop through the store (<see cref="CancelRequestKey"/>, read by its holder
    /// every <see cref="SchedulingOptions.ProgressStoreSeconds"/>); the answer is the job as its holder stores its end.
    /// </summary>
    public async Task<SolveJobRecord> CancelAsync(string name, CancellationToken cancellation)
    {
        CheckName(name);
        if (live.TryGet(name, out var job)) return await CancelLiveAsync(job, cancellation).ConfigureAwait(false);

        var stored = await jobs.GetAsync(name, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(name);
        if (stored.IsOver) throw Ended(stored);
        if (stored.State == JobState.Queued && await TryCancelQueuedAsync(stored, cancellation).ConfigureAwait(false) is { } cancelled) return cancelled;

        // Running (or taken by a node since it was read): its holder is asked.
        await store.SetSettingAsync(CancelRequestKey(name), InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant()), cancellation).ConfigureAwait(false);
        while (true)
        {
            if (live.TryGet(name, out job)) return await CancelLiveAsync(job, cancellation).ConfigureAwait(false);
            await Task.Delay(options.ProgressInterval, cancellation).ConfigureAwait(false);
            stored = await jobs.GetAsync(name, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(name);
            if (stored.IsOver) return stored;
        }
    }

    /// <summary>A job still waiting ends here; its delivery later finds it ended and does nothing. Null when it was taken meanwhile.</summary>
    private async Task<SolveJobRecord?> TryCancelQueuedAsync(SolveJobRecord stored, CancellationToken cancellation)
    {
        var cancelled = stored with { State = JobState.Cancelled, EndTime = clock.GetCurrentInstant(), Result = JobResult.CancelledBeforeRunning };
        if (!await jobs.TryCancelQueuedAsync(cancelled, cancellation).ConfigureAwait(false)) return null;
        live.Dequeued();
        telemetry.Jobs.Add(1, new KeyValuePair<string, object?>("state", "CANCELLED"));
        Log.CancelledQueued(log, stored.Name);
        return cancelled;
    }

    private static ApiException Ended(SolveJobRecord stored) =>
        ApiErrors.FailedPrecondition($"{stored.Name} has already ended ({stored.State.ToString().ToUpperInvariant()})", [new ProblemError(stored.Name, $"state is {stored.State.ToString().ToUpperInvariant()}")]);

    /// <summary>Cancels a job this node runs: the search is told to stop, and its stored end waited for.</summary>
    private static async Task<SolveJobRecord> CancelLiveAsync(LiveJob job, CancellationToken cancellation)
    {
        job.RequestCancel();
        return await job.Completion.WaitAsync(cancellation).ConfigureAwait(false);
    }

    private static void CheckName(string name)
    {
        if (!JobName().IsMatch(name ?? "")) throw ApiErrors.InvalidArgument("name", $"must be a job name, solveJobs/{{solve_job}}, was '{name}'");
    }

    /// <summary>The last event of a watch: the job as it ended.</summary>
    internal static JobEvent FinalEvent(SolveJobRecord job) => new(job.Name, job.LatestProgress ?? JobProgress.None(job.State), job);
}
