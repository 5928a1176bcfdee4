using Scheduling.Domain.Rules;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Checking;

/// <summary>availability: no shift on a day the employee said they cannot work.</summary>
internal sealed class AvailabilityCheck(AvailabilityRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        var unavailable = context.Problem.Unavailability.Select(u => (u.Employee, u.Date)).ToHashSet();
        foreach (var (employee, shifts) in context.Shifts)
            foreach (var s in shifts.Where(s => unavailable.Contains((employee, s.Date))))
                violations.Add(Broken(rule, employee, [s.Date], 1, $"{employee} works {s.Template.Code} on {Day(s.Date)} but cannot work that day"));
    }
}

/// <summary>competence: a template requiring a competence goes to someone holding it on the date.</summary>
internal sealed class CompetenceCheck(CompetenceRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        foreach (var (employee, shifts) in context.Shifts)
            foreach (var s in shifts)
                if (s.Template.RequiredCompetence is { } c && !context.Problem.EmployeeById[employee].HoldsOn(c, s.Date))
                    violations.Add(Broken(rule, employee, [s.Date], 1, $"{employee} works {s.Template.Code} on {Day(s.Date)} without a valid '{c}'"));
    }
}

/// <summary>pins: the manager's fixed shifts and days off hold.</summary>
internal sealed class PinsCheck(PinsRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        foreach (var pin in context.Problem.Pins)
        {
            var onDay = context.Shifts[pin.Employee].Where(s => s.Date == pin.Date).Select(s => s.Template.Code).ToList();
            var holds = pin.Shift is { } code ? onDay.Count == 1 && onDay[0] == code : onDay.Count == 0;
            if (!holds)
                violations.Add(Broken(rule, pin.Employee, [pin.Date], 1,
                    $"{pin.Employee} is pinned to {(pin.Shift is { } p ? p.Value : "a day off")} on {Day(pin.Date)} but has {(onDay.Count == 0 ? "no shift" : string.Join(", ", onDay))}"));
        }
    }
}

/// <summary>wishes: a refused wish costs its weight.</summary>
internal sealed class WishesCheck(WishesRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        foreach (var wish in context.Problem.Wishes)
        {
            var onDay = context.Shifts[wish.Employee].Where(s => s.Date == wish.Date).Select(s => s.Template.Code).ToList();
            if (!wish.IsGrantedBy(onDay) && wish.Weight > 0)
                violations.Add(Broken(rule, wish.Employee, [wish.Date], wish.Weight, $"{wish.Employee}'s wish {WishText(wish)} on {Day(wish.Date)} is refused"));
        }
    }

    internal static string WishText(Wish wish) => wish.Kind switch
    {
        WishKind.ShiftOn => $"to work {wish.Shift}",
        WishKind.ShiftOff => $"not to work {wish.Shift}",
        _ => "for a day off",
    };
}
