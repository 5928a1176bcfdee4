using Google.Rpc;
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

    /// <summary>
    /// A failed call as one line and an exit code: the request's fault (INVALID_ARGUMENT with its first field,
    /// and the statuses in <paramref name="badInput"/>) is <see cref="CliApp.BadInput"/>, the rest <see cref="RemoteSolve.ServiceError"/>.
    /// </summary>
    public static (int Exit, string Line) Explain(RpcException ex, string server, string? file = null, params StatusCode[] badInput)
    {
        if (ex.StatusCode == StatusCode.InvalidArgument || badInput.Contains(ex.StatusCode))
        {
            var violations = ex.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations;
            var first = violations?.FirstOrDefault();
            var more = violations is { Count: > 1 } ? $" (and {violations.Count - 1} more)" : "";
            return (CliApp.BadInput, first is null ? $"error: {ex.Status.Detail}" : $"error: {(file is null ? "" : file + ": ")}{first.Field}: {first.Description}{more}");
        }

        var what = ex.StatusCode switch
        {
            StatusCode.Unavailable => $"cannot reach the service at {server}",
            StatusCode.Unauthenticated => $"the service wants a valid token: give --token TOKEN or set {TokenVariable} (scheduling token mints one)",
            StatusCode.PermissionDenied => "permission denied: the token's role or units do not reach this",
            _ => $"{ex.StatusCode}: {ex.Status.Detail}",
        };
        return (RemoteSolve.ServiceError, $"error: {what}");
    }

    public void Dispose() => channel.Dispose();
}
