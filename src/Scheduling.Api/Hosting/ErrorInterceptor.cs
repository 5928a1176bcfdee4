using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Scheduling.Api.Hosting;

/// <summary>
/// The last line: an exception that is not already an <see cref="RpcException"/> becomes INTERNAL
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
        catch (RpcException ex) when (ErrorSize.TooLarge(ex))
        {
            throw ErrorSize.Shorten(ex);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context).ConfigureAwait(false);
        }
        catch (RpcException ex) when (ErrorSize.TooLarge(ex))
        {
            throw ErrorSize.Shorten(ex);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context);
        }
    }

    private RpcException Map(Exception ex, ServerCallContext context)
    {
        if (ex is OperationCanceledException && context.CancellationToken.IsCancellationRequested)
        {
            var expired = context.Deadline <= DateTime.UtcNow;
            return new RpcException(new Status(expired ? StatusCode.DeadlineExceeded : StatusCode.Cancelled, expired ? "the call's deadline passed" : "the call was cancelled"));
        }

        var id = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.GetHttpContext().TraceIdentifier;
        Application.Log.Unhandled(log, ex, context.Method, id);
        return Application.ApiErrors.Internal($"internal error (trace {id}); the server log has the details");
    }
}

/// <summary>Keeps an error's message and details within a few kilobytes: long texts cut, long lists shortened.</summary>
internal static class ErrorSize
{
    private const int MaxText = 500;
    private const int MaxItems = 50;

    private static readonly Google.Protobuf.Reflection.TypeRegistry Details =
        Google.Protobuf.Reflection.TypeRegistry.FromFiles(Google.Rpc.ErrorDetailsReflection.Descriptor);

    public static bool TooLarge(RpcException ex) =>
        ex.Status.Detail.Length > MaxText || ex.Trailers.Any(t => t.IsBinary ? t.ValueBytes.Length > 4 * MaxText : t.Value.Length > MaxText);

    public static RpcException Shorten(RpcException ex)
    {
        var status = ex.GetRpcStatus() ?? new Google.Rpc.Status { Code = (int)ex.StatusCode, Message = ex.Status.Detail };
        status.Message = Clip(status.Message);
        for (var i = status.Details.Count - 1; i >= 0; i--)
        {
            if (status.Details[i].Unpack(Details) is not { } detail)
            {
                status.Details.RemoveAt(i);
                continue;
            }

            Trim(detail);
            status.Details[i] = Google.Protobuf.WellKnownTypes.Any.Pack(detail);
        }

        return status.ToRpcException();
    }

    private static string Clip(string text) => text.Length <= MaxText ? text : text[..MaxText] + $"… ({text.Length} characters)";

    private static void Trim(Google.Protobuf.IMessage message)
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            var value = field.Accessor.GetValue(message);
            if (field.IsMap) continue;
            if (field.IsRepeated)
            {
                var list = (System.Collections.IList)value;
                while (list.Count > MaxItems) list.RemoveAt(list.Count - 1);
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is string s) list[i] = Clip(s);
                    else if (list[i] is Google.Protobuf.IMessage m) Trim(m);
                }
            }
            else if (value is string text)
            {
                field.Accessor.SetValue(message, Clip(text));
            }
            else if (value is Google.Protobuf.IMessage inner)
            {
                Trim(inner);
            }
        }
    }
}
