using Scheduling.Api.Application;
using Scheduling.Api.Application.Solving;

namespace Scheduling.Api.Hosting;

/// <summary>
/// This node's Hangfire server (<see cref="SchedulingOptions.SolveWorkers"/> workers on the queue <see cref="SolveEngine.Queue"/>),
/// and the renewal of its leases on the jobs it runs. On stop, the server's workers are told to stop: a running solve is
/// let go (QUEUED in the store, back in Hangfire's queue) for another node or the next start.
/// </summary>
public sealed class SolveWorker(SolveEngine engine, LeaseKeeper leases, IServiceProvider services, IOptions<SchedulingOptions> options, ILogger<SolveWorker> log) : BackgroundService
{
    private BackgroundJobServer? server;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var count = Math.Max(0, options.Value.SolveWorkers);
        // No workers: a node that takes jobs in and answers calls, and leaves the solving to the others.
        if (count > 0)
        {
            server = new BackgroundJobServer(
                new BackgroundJobServerOptions
                {
                    WorkerCount = count,
                    Queues = [SolveEngine.Queue],
                    Activator = new ServiceJobActivator(services),
                    FilterProvider = engine.Filters,
                    SchedulePollingInterval = engine.Poll,
                },
                engine.Storage);
        }

        HostingLog.WorkersStarted(log, count, options.Value.QueueCapacity, engine.Description);
        return Task.Run(() => leases.KeepLeasesAsync(stoppingToken), CancellationToken.None);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (server is not null)
        {
            server.SendStop();
            await server.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            server.Dispose();
        }

        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }
}
