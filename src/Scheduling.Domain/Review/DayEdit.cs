using Scheduling.Domain.Checking;

namespace Scheduling.Domain.Review;

/// <summary>
/// A roster's last change by hand, as the rule checker saw it: the day (employee and date), its shift before and after
/// (null: a day off) and whether it is pinned after; the violations the change brought in and those it mended; the soft
/// penalty and hard violations before and after; and when it was made.
/// </summary>
public sealed record DayEdit(
    EmployeeId Employee,
    LocalDate Date,
    ShiftCode? ShiftBefore,
    ShiftCode? ShiftAfter,
    bool Pinned,
    ImmutableArray<Violation> Added,
    ImmutableArray<Violation> Removed,
    long PenaltyBefore,
    long PenaltyAfter,
    int HardBefore,
    int HardAfter,
    Instant Time);
