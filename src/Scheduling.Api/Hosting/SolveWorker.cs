using Microsoft.Extensions.Options;
using Scheduling.Api.Application;
using Scheduling.Api.Application.Solving;

namespace Scheduling.Api.Hosting;

/// <summary>
/// Runs the solve workers (<see cref="SchedulingOptions.Concurrency"/> of them). Before the server
/// takes requests, picks up the jobs a previous process left queued or running.
/// </summary>
public sealed class SolveWorker(SolveJobs jobs, IOptions<SchedulingOptions> options, ILogger<SolveWorker> log) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await jobs.RecoverAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var count = Math.Max(1, options.Value.Concurrency);
        HostingLog.WorkersStarted(log, count, options.Value.QueueCapacity);
        return Task.WhenAll(Enumerable.Range(0, count).Select(_ => Task.Run(() => jobs.WorkAsync(stoppingToken), CancellationToken.None))
            .Append(Task.Run(() => jobs.KeepLeasesAsync(stoppingToken), CancellationToken.None)));
    }
}
