using Scheduling.Api.V1;

namespace Scheduling.Api.Application;

/// <summary>
/// The one place self-service words become numbers: a wish's priority as its weight in the problem (the rule
/// pack's `wishes` weight multiplies it), a window's default MUST limit, and full time as a rota type.
/// </summary>
public static class WishPriorities
{
    public const int Low = 1, Normal = 3, High = 10, Must = 30;

    /// <summary>MUST items (wishes and unavailable days) per employee per period when the window does not say.</summary>
    public const int DefaultMaxMustWishes = 2;

    public static int Weight(WishPriority priority) => priority switch
    {
        WishPriority.Low => Low,
        WishPriority.High => High,
        WishPriority.Must => Must,
        _ => Normal,
    };

    /// <summary>An unavailable day is always MUST (a hard rule for the roster).</summary>
    public static bool IsMust(MyWish wish) => wish.Kind == MyWish.Types.Kind.Unavailable || wish.Priority == WishPriority.Must;
}

/// <summary>Full time (veckoarbetstid) per rota type under AB/HÖK, in minutes per week.</summary>
public static class RotaTypes
{
    public const int Daytime = 40 * 60, SundaysAndHolidays = 38 * 60 + 15, PermanentNights = 34 * 60 + 20;

    /// <summary>Full time of an employee whose record gives none (the problem file's default).</summary>
    public const int Default = SundaysAndHolidays;

    public static RotaType Of(int fullTimeWeeklyMinutes) => fullTimeWeeklyMinutes switch
    {
        Daytime => RotaType.Daytime,
        SundaysAndHolidays => RotaType.SundaysAndHolidays,
        PermanentNights => RotaType.PermanentNights,
        _ => RotaType.OtherFullTime,
    };
}
