using Scheduling.Api.Storage;
using Scheduling.Domain.Files;
using Scheduling.Domain.SelfService;

namespace Scheduling.Api.Mapping;

/// <summary>
/// Employee self-service between the contract and the domain: a window as the item its kind checks
/// (<see cref="RateChoiceWindowDto"/>, <see cref="WishWindowDto"/>) and a stored one back, a wish's priority, a rate choice. The store keeps
/// the messages' bytes, so what is stored reads as it always did: an employee's wish and standing preference, and
/// their enums, map both ways without loss.
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
        window.UpdateTime = RosterMapping.Time(stored.UpdateTime);
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
        new(choice.Name, choice.Employee, choice.Year, choice.Rate, Time(choice.ChooseTime) ?? NodaTime.Instant.FromUnixTimeTicks(0), choice.ChosenBy);

    public static V1.RateChoice ToProto(RateChoice choice) => new()
    {
        Name = choice.Name,
        Employee = choice.Employee,
        Year = choice.Year,
        Rate = choice.Rate,
        ChooseTime = RosterMapping.Time(choice.ChooseTime),
        ChosenBy = choice.ChosenBy,
    };

    /// <summary>A priority as given; unset is null (the service decides what it means).</summary>
    public static WishPriority? PriorityOrUnset(V1.WishPriority priority) => priority == V1.WishPriority.Unspecified ? null : Priority(priority);

    public static V1.WishPriority ToProto(WishPriority? priority) => priority switch
    {
        WishPriority.Low => V1.WishPriority.Low,
        WishPriority.Normal => V1.WishPriority.Normal,
        WishPriority.High => V1.WishPriority.High,
        WishPriority.Must => V1.WishPriority.Must,
        _ => V1.WishPriority.Unspecified,
    };

    /// <summary>A wish's kind; unset (or one the contract does not name) is null.</summary>
    public static EmployeeWishKind? Kind(V1.MyWish.Types.Kind kind) => kind switch
    {
        V1.MyWish.Types.Kind.ShiftOn => EmployeeWishKind.ShiftOn,
        V1.MyWish.Types.Kind.ShiftOff => EmployeeWishKind.ShiftOff,
        V1.MyWish.Types.Kind.DayOff => EmployeeWishKind.DayOff,
        V1.MyWish.Types.Kind.Unavailable => EmployeeWishKind.Unavailable,
        _ => null,
    };

    /// <summary>A stored (so checked) wish of an employee as the domain's.</summary>
    public static EmployeeWish ToDomain(V1.MyWish wish) => new(
        wish.Name, wish.Employee, Date(wish.Date), Kind(wish.Kind) ?? EmployeeWishKind.DayOff, wish.Shift, Priority(wish.Priority), Date(wish.PeriodStart), Time(wish.UpdateTime));

    public static V1.MyWish ToProto(EmployeeWish wish) => new()
    {
        Name = wish.Name,
        Employee = wish.Employee,
        Date = RosterMapping.Date(wish.Date),
        Kind = wish.Kind switch
        {
            EmployeeWishKind.ShiftOn => V1.MyWish.Types.Kind.ShiftOn,
            EmployeeWishKind.ShiftOff => V1.MyWish.Types.Kind.ShiftOff,
            EmployeeWishKind.DayOff => V1.MyWish.Types.Kind.DayOff,
            _ => V1.MyWish.Types.Kind.Unavailable,
        },
        Shift = wish.Shift,
        Priority = ToProto(wish.Priority),
        PeriodStart = RosterMapping.Date(wish.PeriodStart),
        UpdateTime = RosterMapping.Time(wish.UpdateTime),
    };

    /// <summary>A standing preference, its unset enums as null; the contract's kinds and weekdays are the domain's in the same order.</summary>
    public static StandingPreferenceDto ToDomain(V1.StandingPreference preference) => new(
        preference.Name, preference.Employee,
        preference.Kind is > V1.StandingPreference.Types.Kind.Unspecified and <= V1.StandingPreference.Types.Kind.AtMostWeekends ? (Domain.PreferenceKind)((int)preference.Kind - 1) : null,
        preference.ShiftKind is > V1.ShiftKind.Unspecified and <= V1.ShiftKind.Night ? (Domain.ShiftKind)((int)preference.ShiftKind - 1) : null,
        preference.Shift,
        preference.Weekday is > V1.Weekday.Unspecified and <= V1.Weekday.Sunday ? (NodaTime.IsoDayOfWeek)(int)preference.Weekday : null,
        preference.Count, PriorityOrUnset(preference.Priority), preference.HasWeight ? preference.Weight : null, Time(preference.UpdateTime));

    public static V1.StandingPreference ToProto(StandingPreferenceDto preference)
    {
        var message = new V1.StandingPreference
        {
            Name = preference.Name,
            Employee = preference.Employee,
            Kind = preference.Kind is { } kind ? (V1.StandingPreference.Types.Kind)((int)kind + 1) : V1.StandingPreference.Types.Kind.Unspecified,
            ShiftKind = preference.ShiftKind is { } shiftKind ? (V1.ShiftKind)((int)shiftKind + 1) : V1.ShiftKind.Unspecified,
            Shift = preference.Shift,
            Weekday = preference.Weekday is { } day ? (V1.Weekday)(int)day : V1.Weekday.Unspecified,
            Count = preference.Count,
            Priority = ToProto(preference.Priority),
            UpdateTime = RosterMapping.Time(preference.UpdateTime),
        };
        if (preference.Weight is { } weight) message.Weight = weight;
        return message;
    }

    private static NodaTime.LocalDate Date(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    /// <summary>A stored time; null when it has none.</summary>
    public static NodaTime.Instant? Time(Google.Protobuf.WellKnownTypes.Timestamp? time) => time is null ? null : NodaTime.Instant.FromDateTimeOffset(time.ToDateTimeOffset());
}
