using Grpc.Core;
using Grpc.Core.Interceptors;
using Scheduling.Api.Application;
using Scheduling.Api.Services.Mapping;

namespace Scheduling.Api.Hosting;

/// <summary>
/// Where the use cases' refusals (<see cref="ApiException"/>) become the contract's status and details (<see cref="ErrorMapping"/>),
/// and the last line: any other exception that is not already an <see cref="RpcException"/> becomes INTERNAL
/// (logged with its stack), and a call the client abandoned or let expire becomes CANCELLED or
/// DEADLINE_EXCEEDED, so no client ever sees an unhandled exception. An error that quotes a huge request (a 1 MB
/// name, thousands of field violations) is cut to size: it travels in the response trailers, and a client drops a
/// connection whose headers pass 64 KB, with every other call on it.
/// </summary>
public sealed class ErrorInterceptor(ILogger<ErrorInterceptor> log) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context).ConfigureAwait(false);
        }
        catch (Exception ex) when (Translated(ex, context) is { } answer)
        {
            throw answer;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context).ConfigureAwait(false);
        }
        catch (Exception ex) when (Translated(ex, context) is { } answer)
        {
            throw answer;
        }
    }

    /// <summary>What the client is sent in place of <paramref name="ex"/>; null for an RpcException that may go as it is.</summary>
    private RpcException? Translated(Exception ex, ServerCallContext context) => ex switch
    {
        ApiException refusal => Sized(ErrorMapping.ToRpc(refusal)),
        RpcException rpc => ErrorSize.TooLarge(rpc) ? ErrorSize.Shorten(rpc) : null,
        _ => Map(ex, context),
    };

    private static RpcException Sized(RpcException ex) => ErrorSize.TooLarge(ex) ? ErrorSize.Shorten(ex) : ex;

    private RpcException Map(Exception ex, ServerCallContext context)
    {
        if (ex is OperationCanceledException && context.CancellationToken.IsCancellationRequested)
        {
            var expired = context.Deadline <= DateTime.UtcNow;
            return new RpcException(new Status(expired ? StatusCode.DeadlineExceeded : StatusCode.Cancelled, expired ? "the call's deadline passed" : "the call was cancelled"));
        }

        var id = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.GetHttpContext().TraceIdentifier;
        HostingLog.Unhandled(log, ex, context.Method, id);
        return ErrorMapping.ToRpc(ApiErrors.Internal($"internal error (trace {id}); the server log has the details"));
    }
}
