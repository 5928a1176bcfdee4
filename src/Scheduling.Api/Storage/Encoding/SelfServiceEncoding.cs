using Google.Protobuf;
using NodaTime;
using Scheduling.Api.Mapping;
using Scheduling.Domain.SelfService;

namespace Scheduling.Api.Storage.Encoding;

/// <summary>
/// Employee self-service's stored resources as the store keeps them (the contract's messages, so stored data reads as it
/// always did): a rate choice or wish window as its item (<see cref="SelfServiceMapping"/>) with its name and time, a rate choice
/// as the domain's.
/// </summary>
internal static class SelfServiceEncoding
{
    public static (string Name, StoredWindow<RateChoiceWindowDto> Item) RateChoiceWindow(byte[] body)
    {
        var message = V1.RateChoiceWindow.Parser.ParseFrom(body);
        return (message.Name, new StoredWindow<RateChoiceWindowDto>(message.Name, SelfServiceMapping.Item(message), Time(message.UpdateTime)));
    }

    public static (string Name, StoredWindow<WishWindowDto> Item) WishWindow(byte[] body)
    {
        var message = V1.WishWindow.Parser.ParseFrom(body);
        return (message.Name, new StoredWindow<WishWindowDto>(message.Name, SelfServiceMapping.Item(message), Time(message.UpdateTime)));
    }

    public static (string Name, RateChoice Item) RateChoice(byte[] body)
    {
        var choice = SelfServiceMapping.ToDomain(V1.RateChoice.Parser.ParseFrom(body));
        return (choice.Name, choice);
    }

    /// <summary>A rate choice's row under its unit.</summary>
    public static ResourceRow Row(RateChoice choice) =>
        new(choice.Name, string.Join('/', choice.Name.Split('/').Take(2)), ResourceCollections.RateChoices, SelfServiceMapping.ToProto(choice).ToByteArray());

    private static Instant? Time(Google.Protobuf.WellKnownTypes.Timestamp? time) => time is null ? null : Instant.FromDateTimeOffset(time.ToDateTimeOffset());
}
