using Scheduling.Domain.SelfService;

namespace Scheduling.Domain.Tests.SelfService;

/// <summary>Which of an employee's own wishes count against a window's MUST limit.</summary>
public class EmployeeWishTests
{
    [Fact]
    public void An_unavailable_day_is_always_a_MUST_item_and_a_wish_only_when_its_priority_is_MUST()
    {
        Assert.True(EmployeeWish.CountsAsMust(EmployeeWishKind.Unavailable, null));
        Assert.True(EmployeeWish.CountsAsMust(EmployeeWishKind.Unavailable, WishPriority.Low));
        Assert.True(EmployeeWish.CountsAsMust(EmployeeWishKind.DayOff, WishPriority.Must));
        Assert.False(EmployeeWish.CountsAsMust(EmployeeWishKind.DayOff, WishPriority.High));
        Assert.False(EmployeeWish.CountsAsMust(null, null));

        var wish = new EmployeeWish("units/u/employeeWishes/w", "E1", new LocalDate(2027, 3, 3), EmployeeWishKind.ShiftOn, "D", WishPriority.Must, new LocalDate(2027, 3, 1), null);
        Assert.True(wish.IsMust);
        Assert.False((wish with { Priority = WishPriority.Normal }).IsMust);
    }
}
