using Scheduling.Domain.SelfService;

namespace Scheduling.Api.Application.Units;

/// <summary>
/// The one place self-service words become numbers: a wish's priority as its weight in the problem (the rule
/// pack's `wishes` weight multiplies it), and a window's default MUST limit.
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

    /// <summary>The MUST limit of <paramref name="window"/>: its own, else <see cref="DefaultMaxMustWishes"/>.</summary>
    public static int MaxMust(WishWindow window) => window.MaxMustWishes ?? DefaultMaxMustWishes;
}
