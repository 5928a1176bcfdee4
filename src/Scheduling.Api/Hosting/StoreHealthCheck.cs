using Microsoft.Extensions.Diagnostics.HealthChecks;
using Scheduling.Api.Storage;

namespace Scheduling.Api.Hosting;

/// <summary>
/// Readiness: the store answers a read within the check's time. A node that cannot reach its database is taken out
/// of the load balancer's rotation (<c>/health/ready</c>, gRPC health) while it stays alive (<c>/health/live</c>).
/// </summary>
public sealed class StoreHealthCheck(ISchedulingStore store) : IHealthCheck
{
    /// <summary>The tag of the checks readiness runs.</summary>
    public const string Ready = "ready";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var within = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        within.CancelAfter(Timeout);
        try
        {
            await store.GetSettingAsync("health", within.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy("the store answers");
        }
#pragma warning disable CA1031 // Whatever the store throws, the answer is "not ready", with the reason in the log.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("the store cannot be reached", ex);
        }
    }
}
