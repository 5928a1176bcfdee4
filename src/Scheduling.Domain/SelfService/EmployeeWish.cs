namespace Scheduling.Domain.SelfService;

/// <summary>
/// One of an employee's own wishes for a date of a schedule period (or a day they cannot work), with its priority;
/// <see cref="Shift"/> is the shift template's code for <see cref="EmployeeWishKind.ShiftOn"/> and
/// <see cref="EmployeeWishKind.ShiftOff"/>, empty otherwise. <see cref="UpdateTime"/> is when it was written.
/// </summary>
public sealed record EmployeeWish(
    string Name, string Employee, LocalDate Date, EmployeeWishKind Kind, string Shift, WishPriority Priority, LocalDate PeriodStart, Instant? UpdateTime)
{
    /// <summary>Whether it counts against the window's MUST limit: a MUST wish, and an unavailable day always.</summary>
    public bool IsMust => CountsAsMust(Kind, Priority);

    /// <summary>Whether a wish of <paramref name="kind"/> and <paramref name="priority"/> (either unset: null) is a MUST item.</summary>
    public static bool CountsAsMust(EmployeeWishKind? kind, WishPriority? priority) => kind == EmployeeWishKind.Unavailable || priority == WishPriority.Must;
}
