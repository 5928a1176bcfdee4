using Scheduling.Api.V1;

namespace Scheduling.Api.Application.Units;

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
