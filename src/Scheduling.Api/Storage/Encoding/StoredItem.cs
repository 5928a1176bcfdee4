using Google.Protobuf;
using Scheduling.Api.Mapping;

namespace Scheduling.Api.Storage.Encoding;

/// <summary>
/// How a stored resource of one collection is read as a problem file item: its message's parser, the item's id field and
/// display name field (see <see cref="ResourceMapping.ToItem{TDto}"/>), and what the item holds that the resource's
/// wire form leaves out (<paramref name="Complete"/>: a field that is plain in the resource, absent when 0, and optional in the item).
/// </summary>
internal sealed record StoredItem<TDto>(MessageParser Parser, string Collection, string? IdField = null, string? DisplayNameField = null, Action<TDto>? Complete = null) where TDto : class
{
    /// <summary>The stored bytes as the resource's name and its item.</summary>
    public (string Name, TDto Item) Read(byte[] body)
    {
        var message = Parser.ParseFrom(body);
        var item = ResourceMapping.ToItem<TDto>(message, IdField, DisplayNameField);
        Complete?.Invoke(item);
        return (ResourceEncoding.NameOf(message), item);
    }
}
