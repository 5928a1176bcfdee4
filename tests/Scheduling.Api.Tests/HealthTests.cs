using Microsoft.Extensions.Diagnostics.HealthChecks;
using Scheduling.Api.Hosting;
using Scheduling.Api.Storage;

namespace Scheduling.Api.Tests;

/// <summary>Liveness and readiness: ready only while the store answers.</summary>
[Collection(ServerCollection.Name)]
public class HealthTests(InMemoryServer server)
{
    [Fact]
    public async Task Live_and_ready_answer_healthy_without_a_token_while_the_store_answers()
    {
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = null;
        foreach (var path in new[] { "/health/live", "/health/ready" })
        {
            var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Readiness_is_unhealthy_when_the_store_cannot_be_reached()
    {
        var down = DispatchProxy.Create<ISchedulingStore, UnreachableStore>();
        var result = await new StoreHealthCheck(down).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    /// <summary>A store whose database does not answer: reachable no, every other call a refused connection.</summary>
    public class UnreachableStore : DispatchProxy
    {
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            targetMethod?.Name == nameof(ISchedulingStore.IsReachableAsync)
                ? Task.FromResult(false)
                : throw new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused);
    }
}
