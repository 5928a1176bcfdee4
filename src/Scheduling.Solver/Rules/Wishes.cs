using Scheduling.Domain;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>wishes: a refused wish costs its weight times the rule's multiplier.</summary>
internal sealed class Wishes(WishesRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        foreach (var wish in c.Problem.Wishes)
        {
            var e = c.EmployeeIndex(wish.Employee);
            var d = c.Problem.Period.IndexOf(wish.Date);
            var weight = checked(wish.Weight * rule.Enforcement.Weight);
            switch (wish.Kind)
            {
                case WishKind.ShiftOn:
                    c.Penalize(1 - c.WorksShift(e, d, wish.Shift!.Value), weight);
                    break;
                case WishKind.ShiftOff:
                    c.Penalize(c.WorksShift(e, d, wish.Shift!.Value), weight);
                    break;
                default:
                    c.Penalize(c.Works[e, d], weight);
                    break;
            }
        }
    }
}
