using Google.OrTools.Sat;
using Scheduling.Domain;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// fair-wish-share (DOMAIN.md objective 4): per employee with wishes, R = ⌊100 × refused weight ÷ total weight⌋
/// (exact: total·R ≤ 100·refused ≤ total·R + total − 1), then weight × Σ max(0, R + carried deficit − b) over the
/// breakpoints b = 0, step, 2 × step, … below 100: a convex charge, so balanced refusals cost less than lopsided ones.
/// </summary>
internal sealed class FairWishShare(FairWishShareRule rule) : IConstraintFamily
{
    private const int Percent = 100;

    public void Add(ModelContext c)
    {
        if (rule.Enforcement.Weight == 0) return;
        foreach (var e in c.Employees)
        {
            var id = c.Problem.Employees[e].Id;
            var wishes = c.Problem.Wishes.Where(w => w.Employee == id && w.Weight > 0).ToList();
            var total = wishes.Sum(w => w.Weight);
            if (total == 0) continue;
            var refused = LinearExpr.NewBuilder();
            foreach (var wish in wishes)
            {
                var d = c.Problem.Period.IndexOf(wish.Date);
                switch (wish.Kind)
                {
                    case WishKind.ShiftOn:
                        refused.Add(wish.Weight);
                        foreach (var t in c.Alternatives(wish.Shift!.Value)) refused.AddTerm(c.X[e, d, t], -wish.Weight);
                        break;
                    case WishKind.ShiftOff:
                        foreach (var t in c.Alternatives(wish.Shift!.Value)) refused.AddTerm(c.X[e, d, t], wish.Weight);
                        break;
                    default:
                        refused.AddTerm(c.Works[e, d], wish.Weight);
                        break;
                }
            }

            var share = c.Model.NewIntVar(0, Percent, $"wish_refused_percent_{e}");
            LinearExpr scaled = refused * Percent;
            c.Model.Add(share * total <= scaled);
            c.Model.Add(scaled <= (share * total) + (total - 1));
            var deficit = c.Problem.Ledger.For(id).WishShareDeficit;
            foreach (var breakpoint in rule.Breakpoints)
            {
                var upper = Percent + deficit - breakpoint;
                if (upper <= 0) continue;
                c.Penalize(c.PositivePart(share + (deficit - breakpoint), upper, $"wish_share_{e}_{breakpoint}"), rule.Enforcement.Weight);
            }
        }
    }
}
