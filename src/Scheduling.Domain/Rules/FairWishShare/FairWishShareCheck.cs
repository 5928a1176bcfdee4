using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>
/// fair-wish-share (DOMAIN.md objective 4): per employee with wishes, the refused share of their wish weight in
/// whole percent (rounded down) plus the ledger's deficit, charged once above each breakpoint (0, step, 2 × step, …).
/// </summary>
internal sealed class FairWishShareCheck(FairWishShareRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        foreach (var employee in context.Problem.Employees)
        {
            var wishes = context.Problem.Wishes.Where(w => w.Employee == employee.Id && w.Weight > 0).ToList();
            var total = wishes.Sum(w => w.Weight);
            if (total == 0) continue;
            var shifts = context.Shifts[employee.Id];
            var refused = wishes.Where(w => !w.IsGrantedBy([.. shifts.Where(s => s.Date == w.Date).Select(s => s.Template.Code)])).ToList();
            var percent = checked(100 * refused.Sum(w => w.Weight)) / total;
            var deficit = context.Problem.Ledger.For(employee.Id).WishShareDeficit;
            var units = rule.Breakpoints.Sum(b => Math.Max(0, percent + deficit - b));
            if (units > 0)
                violations.Add(Broken(rule, employee.Id, refused.Select(w => w.Date), units,
                    $"{employee.Id} har fått {percent} % av sin önskemålsvikt nekad ({refused.Count} av {wishes.Count} önskemål){(deficit != 0 ? $", {deficit:+0;-0} poäng med från tidigare perioder" : "")}",
                    $"{employee.Id} has {percent} % of their wish weight refused ({refused.Count} of {wishes.Count} wishes){(deficit != 0 ? $", {deficit:+0;-0} points carried in" : "")}"));
        }
    }
}
