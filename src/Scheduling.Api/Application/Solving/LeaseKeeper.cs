using Scheduling.Api.Storage;

namespace Scheduling.Api.Application.Solving;

/// <summary>
/// While the server runs, every third of <see cref="SchedulingOptions.JobLeaseSeconds"/>: renews this process's lease on
/// the jobs it runs (a node that stops renewing loses them to the next delivery), and counts the cluster's waiting jobs
/// for the queue gauge.
/// </summary>
public sealed class LeaseKeeper(ISchedulingStore store, LiveJobs live, IOptions<SchedulingOptions> options, ILogger<SolveJobs> log)
{
    public async Task KeepLeasesAsync(CancellationToken stopping)
    {
        var every = TimeSpan.FromSeconds(Math.Max(1, options.Value.JobLeaseSeconds) / 3);
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, stopping).ConfigureAwait(false);
                await store.RenewLeasesAsync(live.Names, stopping).ConfigureAwait(false);
                live.Counted(await store.CountJobsAsync(JobState.Queued, stopping).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A busy database now is tried again at the next round; the loop must not end.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                log.LogWarning(ex, "Renewing the job leases failed; trying again in {Seconds} s", every.TotalSeconds);
            }
        }
    }
}
