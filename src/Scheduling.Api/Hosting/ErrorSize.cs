using Grpc.Core;

namespace Scheduling.Api.Hosting;

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
