using Scheduling.Api.Storage;

namespace Scheduling.Api.Application.Solving;

/// <summary>
/// How a job's end reaches the store whatever the database does: a write retried with backoff for
/// <see cref="SchedulingOptions.WriteRetrySeconds"/>, and, when the end cannot be stored, the job FAILED with that
/// reason. Never throws: what it returns is what the watchers and CancelSolve are told.
/// </summary>
public sealed class JobWrites(JobRepository jobs, IOptions<SchedulingOptions> options, SchedulingTelemetry telemetry, ILogger<SolveJobs> log)
{
    /// <summary>
    /// Stores a job's end (and its new roster); when the roster cannot be stored the job ends FAILED with that reason
    /// (stored if the database lets it), and when another process holds the job, its word stands.
    /// </summary>
    public async Task<SolveJobRecord> StoreEndAsync(SolveJobRecord final, SolvedRoster? roster)
    {
        if (await TryWriteAsync(() => jobs.FinishAsync(final, roster, CancellationToken.None), final.Name).ConfigureAwait(false) is not { } error) return final;
        if (error is JobNotOwnedException) return await TheirsAsync(final).ConfigureAwait(false);

        var failed = WithError(final, JobFailure.Unavailable, "the result could not be stored (the database did not accept the write); start the solve again");
        telemetry.Jobs.Add(1, new KeyValuePair<string, object?>("state", "FAILED"));
        if (await TryWriteAsync(() => jobs.FinishAsync(failed, CancellationToken.None), final.Name).ConfigureAwait(false) is not null)
            Log.FinalWriteLost(log, final.Name);
        return failed;
    }

    /// <summary>Another process took the job over (this one stalled past its lease) or the unit was deleted: the job as the store has it.</summary>
    private async Task<SolveJobRecord> TheirsAsync(SolveJobRecord final)
    {
        Log.NotOwned(log, final.Name);
        try
        {
            if (await jobs.GetAsync(final.Name, CancellationToken.None).ConfigureAwait(false) is { } theirs) return theirs;
        }
#pragma warning disable CA1031 // Only a better answer for the watchers; the one below will do.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        return WithError(final, JobFailure.Aborted, "another server process has taken this job over, or its unit was deleted");
    }

    /// <summary>The job FAILED with <paramref name="failure"/> and <paramref name="message"/>, and no result.</summary>
    internal static SolveJobRecord WithError(SolveJobRecord job, JobFailure failure, string message) =>
        job with { State = JobState.Failed, Result = null, Error = new JobError(failure, message) };

    /// <summary>Runs a write until it succeeds, backing off from 50 ms; the last error when it never did (or the job is not ours).</summary>
    public async Task<Exception?> TryWriteAsync(Func<Task> write, string job)
    {
        var clockTime = Stopwatch.StartNew();
        var wait = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            try
            {
                await write().ConfigureAwait(false);
                return null;
            }
            catch (JobNotOwnedException ex)
            {
                return ex;
            }
#pragma warning disable CA1031 // Whatever the store throws, the job must still end; the error is logged.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                if (clockTime.Elapsed.TotalSeconds + wait.TotalSeconds > options.Value.WriteRetrySeconds)
                {
                    Log.WriteFailed(log, ex, job, Math.Round(clockTime.Elapsed.TotalSeconds, 1));
                    return ex;
                }

                await Task.Delay(wait).ConfigureAwait(false);
                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, TimeSpan.FromSeconds(2).Ticks));
            }
        }
    }
}
