using Google.Protobuf;
using Scheduling.Api.Mapping;

namespace Scheduling.Api.Storage.Encoding;

/// <summary>
/// How a stored resource of one collection is read as a problem file item: its message's parser, and the item the
/// contract mapping makes of that message (<see cref="ResourceItems"/>, the same item its kind checks before a write).
/// </summary>
internal sealed record StoredItem<TDto>(MessageParser Parser, string Collection) where TDto : class
{
    /// <summary>The stored bytes as the resource's name and its item.</summary>
    public (string Name, TDto Item) Read(byte[] body)
    {
        var message = Parser.ParseFrom(body);
        return (ResourceEncoding.NameOf(message), (TDto)ResourceItems.Of(message).Item);
    }
}
