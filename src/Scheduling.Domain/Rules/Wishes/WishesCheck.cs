using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>wishes: a refused wish costs its weight.</summary>
internal sealed class WishesCheck(WishesRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        foreach (var wish in context.Problem.Wishes)
        {
            var onDay = context.Shifts[wish.Employee].Where(s => s.Date == wish.Date).Select(s => s.Template.Code).ToList();
            if (!wish.IsGrantedBy(onDay) && wish.Weight > 0)
                violations.Add(Broken(rule, wish.Employee, [wish.Date], wish.Weight,
                    $"{wish.Employee}s önskemål {SwedishWishText(wish)} {Day(wish.Date)} är nekat", $"{wish.Employee}'s wish {WishText(wish)} on {Day(wish.Date)} is refused"));
        }
    }

    internal static string SwedishWishText(Wish wish) => wish.Kind switch
    {
        WishKind.ShiftOn => $"att arbeta {wish.Shift}",
        WishKind.ShiftOff => $"att inte arbeta {wish.Shift}",
        _ => "om en ledig dag",
    };

    internal static string WishText(Wish wish) => wish.Kind switch
    {
        WishKind.ShiftOn => $"to work {wish.Shift}",
        WishKind.ShiftOff => $"not to work {wish.Shift}",
        _ => "for a day off",
    };
}
