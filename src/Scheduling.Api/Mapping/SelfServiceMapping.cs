using Scheduling.Api.Storage;
using Scheduling.Domain.Files;
using Scheduling.Domain.SelfService;

namespace Scheduling.Api.Mapping;

/// <summary>
/// Employee self-service between the contract and the domain: a window as the item its kind checks
/// (<see cref="RateChoiceWindowDto"/>, <see cref="WishWindowDto"/>) and a stored one back, a wish's priority, a rate choice. The store keeps
/// the messages' bytes, so what is stored reads as it always did.
/// </summary>
public static class SelfServiceMapping
{
    public static RateChoiceWindowDto Item(V1.RateChoiceWindow window) => new(
        window.Name, window.Opens, window.Closes, [.. window.OfferedRates], window.OfferedRange is not null,
        window.OfferedRange?.From ?? 0, window.OfferedRange?.To ?? 0, window.OfferedRange?.Step ?? 0, window.Closed);

    /// <summary>A stored rate choice window as the contract's, exactly as stored.</summary>
    public static V1.RateChoiceWindow ToProto(StoredWindow<RateChoiceWindowDto> stored)
    {
        var item = stored.Item;
        var window = new V1.RateChoiceWindow { Name = stored.Name, Opens = item.Opens, Closes = item.Closes, OfferedRates = { item.OfferedRates }, Closed = item.Closed };
        if (item.HasOfferedRange) window.OfferedRange = new V1.RateRange { From = item.RangeFrom, To = item.RangeTo, Step = item.RangeStep };
        if (stored.UpdateTime is { } time) window.UpdateTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(time.ToDateTimeOffset());
        return window;
    }

    /// <summary>A wish window; its period's unset <c>days</c> and <c>timeZone</c> (optional on the wire) as absent.</summary>
    public static WishWindowDto Item(V1.WishWindow window) => new(
        window.Name,
        window.Period is { } p ? new PeriodDto { StartDate = p.StartDate, Days = p.HasDays ? p.Days : null, TimeZone = p.HasTimeZone ? p.TimeZone : null } : null,
        window.Opens, window.Closes, window.HasMaxMustWishes ? window.MaxMustWishes : null, window.Closed);

    /// <summary>A priority; unset (or one the contract does not name) is NORMAL, as the contract says.</summary>
    public static WishPriority Priority(V1.WishPriority priority) => priority switch
    {
        V1.WishPriority.Low => WishPriority.Low,
        V1.WishPriority.High => WishPriority.High,
        V1.WishPriority.Must => WishPriority.Must,
        _ => WishPriority.Normal,
    };

    public static RateChoice ToDomain(V1.RateChoice choice) =>
        new(choice.Name, choice.Employee, choice.Year, choice.Rate, NodaTime.Instant.FromDateTimeOffset((choice.ChooseTime ?? new Google.Protobuf.WellKnownTypes.Timestamp()).ToDateTimeOffset()), choice.ChosenBy);

    public static V1.RateChoice ToProto(RateChoice choice) => new()
    {
        Name = choice.Name,
        Employee = choice.Employee,
        Year = choice.Year,
        Rate = choice.Rate,
        ChooseTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(choice.ChooseTime.ToDateTimeOffset()),
        ChosenBy = choice.ChosenBy,
    };
}
