using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Scheduling.Api.Auth;

/// <summary>Runs <see cref="AccessPolicy"/> before every method, gRPC and JSON alike, and <see cref="EmployeeView"/> on what an employee gets back.</summary>
public sealed class AccessInterceptor(AccessPolicy policy) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        await policy.AuthorizeAsync(request as IMessage, context).ConfigureAwait(false);
        var answer = await continuation(request, context).ConfigureAwait(false);
        return context.GetHttpContext().Items[typeof(Caller)] is Caller { IsEmployee: true } caller && answer is IMessage message
            ? (TResponse)(EmployeeView.For(message, caller) ?? throw policy.Refuse(context.Method, caller))
            : answer;
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await policy.AuthorizeAsync(request as IMessage, context).ConfigureAwait(false);
        await continuation(request, responseStream, context).ConfigureAwait(false);
    }

    // Streams from the client (only reflection has them) are checked before the first message: a scoped rule sees no request and lets only planners through.
    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await policy.AuthorizeAsync(null, context).ConfigureAwait(false);
        return await continuation(requestStream, context).ConfigureAwait(false);
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await policy.AuthorizeAsync(null, context).ConfigureAwait(false);
        await continuation(requestStream, responseStream, context).ConfigureAwait(false);
    }
}
