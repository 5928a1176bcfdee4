using Microsoft.Extensions.Diagnostics.HealthChecks;
using Scheduling.Api.Storage;

namespace Scheduling.Api.Hosting;

/// <summary>
/// Readiness: healthy while the store's database answers (<see cref="ISchedulingStore.IsReachableAsync"/>) within
/// <see cref="Timeout"/>, else unhealthy, so a load balancer stops sending requests to a node that cannot reach it.
/// Behind <c>/health</c>, <c>/health/ready</c> and <c>grpc.health.v1.Health</c>.
/// </summary>
public sealed class StoreHealthCheck(ISchedulingStore store) : IHealthCheck
{
    /// <summary>The tag of the checks readiness (<c>/health/ready</c>) runs; liveness (<c>/health/live</c>) runs none.</summary>
    public const string Ready = "ready";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            return await store.IsReachableAsync(deadline.Token).ConfigureAwait(false)
                ? HealthCheckResult.Healthy("the database answers")
                : HealthCheckResult.Unhealthy("the database cannot be reached");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"the database did not answer within {Timeout.TotalSeconds:0} s");
        }
    }
}
