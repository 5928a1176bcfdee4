using Scheduling.Domain.SelfService;

namespace Scheduling.Api.Application.SelfService;

/// <summary>
/// A wish as an employee submits it, unchecked: its date as written, its kind and priority null when unset. It becomes
/// an <see cref="EmployeeWish"/> once its fields and the limits pass.
/// </summary>
public sealed record SubmittedWish(string Date, EmployeeWishKind? Kind, string Shift, WishPriority? Priority)
{
    /// <summary>What makes two of an employee's wishes the same wish (the problem's wish is employee, date, kind and shift).</summary>
    public (string Date, EmployeeWishKind? Kind, string Shift) Key => (Date, Kind, Shift);

    public bool IsMust => EmployeeWish.CountsAsMust(Kind, Priority);
}
