using Grpc.Core;

namespace Scheduling.Api.Auth;

/// <summary>The caller of a gRPC method, as the access check left it.</summary>
public static class CallerExtensions
{
    /// <summary>The caller the access check let through (every method but health and reflection has one).</summary>
    public static Caller Caller(this ServerCallContext context) =>
        context.GetHttpContext().Items[typeof(Caller)] as Caller ?? throw new InvalidOperationException($"{context.Method} ran without an access check");
}
