using Google.Protobuf;
using Scheduling.Api.Mapping;
using Scheduling.Domain.SelfService;

namespace Scheduling.Api.Storage.Encoding;

/// <summary>
/// Employee self-service's stored resources as the store keeps them (the contract's messages, so stored data reads as it
/// always did): a rate choice or wish window as its item (<see cref="SelfServiceMapping"/>) with its name and time, a rate choice,
/// an employee's wish and standing preference as the domain's.
/// </summary>
internal static class SelfServiceEncoding
{
    public static (string Name, StoredWindow<RateChoiceWindowDto> Item) RateChoiceWindow(byte[] body)
    {
        var message = V1.RateChoiceWindow.Parser.ParseFrom(body);
        return (message.Name, new StoredWindow<RateChoiceWindowDto>(message.Name, SelfServiceMapping.Item(message), SelfServiceMapping.Time(message.UpdateTime)));
    }

    public static (string Name, StoredWindow<WishWindowDto> Item) WishWindow(byte[] body)
    {
        var message = V1.WishWindow.Parser.ParseFrom(body);
        return (message.Name, new StoredWindow<WishWindowDto>(message.Name, SelfServiceMapping.Item(message), SelfServiceMapping.Time(message.UpdateTime)));
    }

    public static (string Name, RateChoice Item) RateChoice(byte[] body)
    {
        var choice = SelfServiceMapping.ToDomain(V1.RateChoice.Parser.ParseFrom(body));
        return (choice.Name, choice);
    }

    public static EmployeeWish EmployeeWish(byte[] body) => SelfServiceMapping.ToDomain(V1.MyWish.Parser.ParseFrom(body));

    public static StandingPreferenceDto StandingPreference(byte[] body) => SelfServiceMapping.ToDomain(V1.StandingPreference.Parser.ParseFrom(body));

    public static ResourceRow Row(RateChoice choice) => Row(choice.Name, ResourceCollections.RateChoices, SelfServiceMapping.ToProto(choice));

    public static ResourceRow Row(EmployeeWish wish) => Row(wish.Name, ResourceCollections.EmployeeWishes, SelfServiceMapping.ToProto(wish));

    public static ResourceRow Row(StandingPreferenceDto preference) => Row(preference.Name, ResourceCollections.StandingPreferences, SelfServiceMapping.ToProto(preference));

    /// <summary>A resource's row under its unit (the first two segments of its name).</summary>
    private static ResourceRow Row(string name, string collection, IMessage message) =>
        new(name, string.Join('/', name.Split('/').Take(2)), collection, message.ToByteArray());
}
