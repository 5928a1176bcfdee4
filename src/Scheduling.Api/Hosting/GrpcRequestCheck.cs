using System.Buffers.Binary;
using Google.Protobuf;

namespace Scheduling.Api.Hosting;

/// <summary>
/// Answers a gRPC request whose message is not valid protobuf with INVALID_ARGUMENT. grpc-dotnet reads the message
/// before any interceptor runs and answers a parse failure with UNKNOWN ("Exception was thrown by handler"), which
/// tells the client nothing; this reads the one request message of a unary or server-streaming call first (within
/// the message size limit, which gRPC itself then enforces) and puts it back for the handler.
/// </summary>
public sealed class GrpcRequestCheck(RequestDelegate next, IEnumerable<Google.Protobuf.Reflection.ServiceDescriptor> services)
{
    private readonly FrozenDictionary<string, MessageParser> parsers = services
        .SelectMany(s => s.Methods)
        .Where(m => !m.IsClientStreaming)
        .ToFrozenDictionary(m => $"/{m.Service.FullName}/{m.Name}", m => m.InputType.Parser, StringComparer.Ordinal);

    public async Task InvokeAsync(HttpContext context, Microsoft.Extensions.Options.IOptions<Application.SchedulingOptions> options)
    {
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) != true
            || !parsers.TryGetValue(context.Request.Path.Value ?? "", out var parser))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var limit = options.Value.MaxMessageBytes;
        context.Request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: limit + 5L);
        var body = context.Request.Body;
        var header = new byte[5];
        var read = await body.ReadAtLeastAsync(header, 5, throwOnEndOfStream: false, context.RequestAborted).ConfigureAwait(false);
        var length = read == 5 ? BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(1)) : 0;
        if (read == 5 && length > limit)
        {
            // Answered before the body is read: left to Kestrel's body limit, the client would see the stream reset.
            Refuse(context, Grpc.Core.StatusCode.ResourceExhausted, $"the request message is {length} bytes, more than the {limit} bytes accepted");
            return;
        }

        // Compressed or empty: left to gRPC as it is.
        if (read == 5 && header[0] == 0 && length > 0)
        {
            var message = new byte[length];
            var got = await body.ReadAtLeastAsync(message, (int)length, throwOnEndOfStream: false, context.RequestAborted).ConfigureAwait(false);
            string? problem = got < length ? "the request message is shorter than its length prefix" : null;
            if (problem is null)
            {
                try
                {
                    parser.ParseFrom(message);
                }
                catch (InvalidProtocolBufferException ex)
                {
                    problem = "the request is not a valid " + parser.GetType().GenericTypeArguments.FirstOrDefault()?.Name + " message: " + ex.Message;
                }
            }

            if (problem is not null)
            {
                Refuse(context, Grpc.Core.StatusCode.InvalidArgument, problem);
                return;
            }
        }

        body.Position = 0;
        await next(context).ConfigureAwait(false);
    }

    /// <summary>A trailers-only response: the status in the headers, no message.</summary>
    private static void Refuse(HttpContext context, Grpc.Core.StatusCode code, string message)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/grpc";
        context.Response.Headers["grpc-status"] = ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers["grpc-message"] = Uri.EscapeDataString(message);
    }
}
