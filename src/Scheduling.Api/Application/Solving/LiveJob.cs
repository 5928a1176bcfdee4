using NodaTime;
using Scheduling.Api.Storage;
using Scheduling.Domain;

namespace Scheduling.Api.Application.Solving;

/// <summary>
/// A job this process is running (from its start on this node): its current state, the progress reported so
/// far, the watchers' wake-up signal and the cancel switch. State changes happen under one lock. It carries the domain
/// problem it solves (read from the store when the job is taken), or the reasons the stored problem could not be read.
/// </summary>
internal sealed class LiveJob(SolveJobRecord job, RosterProblem? problem, IReadOnlyList<ProblemError>? problemErrors = null) : IDisposable
{
    /// <summary>Progress messages kept for late watchers; older ones are dropped (the latest stays in the job).</summary>
    private const int HistoryLimit = 1000;

    private readonly Lock gate = new();
    private readonly List<JobProgress> history = [];
    private readonly TaskCompletionSource<SolveJobRecord> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SolveJobRecord current = job;
    private long published;
    private bool finished;
    private bool disposed;

    public string Name { get; } = job.Name;

    /// <summary>The trace of the call that started the job: its solve is a span of the same trace, however long it waited.</summary>
    public System.Diagnostics.ActivityContext Parent { get; init; }

    /// <summary>The problem to solve; INVALID_ARGUMENT naming its fields when the stored one could not be read.</summary>
    public RosterProblem Problem => problem ?? throw ApiErrors.InvalidArgument(problemErrors ?? [], "problem");

    public CancellationTokenSource Cancellation { get; } = new();

    /// <summary>True once a client asked to cancel (as opposed to the server shutting down).</summary>
    public bool CancelRequested { get; private set; }

    /// <summary>Completes with the final job once it has been stored.</summary>
    public Task<SolveJobRecord> Completion => completion.Task;

    public SolveJobRecord Snapshot()
    {
        lock (gate) return current;
    }

    /// <summary>The job now and how many progress messages it has had: a writer stores it again only when that count moved.</summary>
    public (SolveJobRecord Job, long Version) Versioned()
    {
        lock (gate) return (current, published);
    }

    /// <summary>Moves a queued job to running; false when it was cancelled while it waited.</summary>
    public bool TryStart(Instant now, out SolveJobRecord running)
    {
        lock (gate)
        {
            running = current;
            if (current.State != JobState.Queued) return false;
            current = current with { State = JobState.Running, StartTime = now };
            running = current;
            Publish(JobProgress.None(JobState.Running));
            return true;
        }
    }

    /// <summary>Asks the running search to stop; it keeps the best roster so far.</summary>
    public void RequestCancel()
    {
        lock (gate)
        {
            CancelRequested = true;
            // A job that has just ended may already have let go of its switch; the cancel then has nothing to stop.
            if (!disposed) Cancellation.Cancel();
        }
    }

    public void Report(JobProgress progress)
    {
        lock (gate)
        {
            current = current with { LatestProgress = progress };
            Publish(progress);
        }
    }

    /// <summary>The job has ended and is stored: tell the watchers and the waiting cancel.</summary>
    public void Finish(SolveJobRecord final)
    {
        lock (gate)
        {
            current = final;
            finished = true;
            Publish(null);
        }

        completion.TrySetResult(final);
    }

    private void Publish(JobProgress? progress)
    {
        if (progress is not null)
        {
            if (history.Count == HistoryLimit) history.RemoveAt(0);
            history.Add(progress);
            published++;
        }

        var wake = changed;
        changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        wake.TrySetResult();
    }

    /// <summary>Every progress message so far and each new one, then the final state; leaving stops only this watcher.</summary>
    public async IAsyncEnumerable<JobEvent> Watch([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        long seen = 0;
        while (true)
        {
            JobProgress[] batch;
            Task wake;
            SolveJobRecord? final = null;
            lock (gate)
            {
                // Counted from the first message ever published, so dropped history skips nothing new.
                var firstKept = published - history.Count;
                batch = [.. history.Skip((int)Math.Max(0, seen - firstKept))];
                seen = published;
                if (finished) final = current;
                wake = changed.Task;
            }

            foreach (var p in batch) yield return new JobEvent(Name, p);
            if (final is not null)
            {
                yield return SolveJobs.FinalEvent(final);
                yield break;
            }

            await wake.WaitAsync(cancellation).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            Cancellation.Dispose();
        }
    }
}
