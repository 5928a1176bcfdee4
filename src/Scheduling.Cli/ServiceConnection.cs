using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;

namespace Scheduling.Cli;

/// <summary>A channel to the service whose calls carry the bearer token (<c>--token</c>, else <c>SCHEDULING_TOKEN</c>).</summary>
public sealed class ServiceConnection : IDisposable
{
    public const string TokenVariable = "SCHEDULING_TOKEN";

    private readonly GrpcChannel channel;

    public ServiceConnection(string server, string? token)
    {
        channel = GrpcChannel.ForAddress(server);
        token ??= Environment.GetEnvironmentVariable(TokenVariable);
        Invoker = string.IsNullOrEmpty(token) ? channel.CreateCallInvoker() : channel.Intercept(headers =>
        {
            headers.Add("authorization", $"Bearer {token}");
            return headers;
        });
    }

    public CallInvoker Invoker { get; }

    public void Dispose() => channel.Dispose();
}
