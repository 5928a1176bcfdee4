namespace Scheduling.Api.Application.Solving;

/// <summary>
/// The queue that carries stored solve jobs to the nodes' workers (Hangfire, wired up in Hosting). It
/// delivers a job to one worker at a time, which calls <see cref="SolveJobs.RunQueuedAsync"/>, and delivers it again when
/// that worker's node dies, or when the run throws <see cref="JobHeldElsewhereException"/>.
/// </summary>
public interface ISolveQueue
{
    /// <summary>Queues a stored job for a worker; <paramref name="traceParent"/> is the W3C trace parent of the call that started it.</summary>
    Task EnqueueAsync(string job, string? traceParent, CancellationToken cancellation);
}
