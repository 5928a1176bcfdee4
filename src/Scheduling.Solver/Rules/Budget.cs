using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// budget: the roster's whole cost (every kind, base pay included, in whole kronor per line) is at most the
/// unit's budget for the period; soft: weight × kronor over.
/// </summary>
internal sealed class Budget(BudgetRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        if (c.Problem.Cost?.Budget is not { } budget) return;
        var terms = CostTerms.Of(c);
        var parts = new List<LinearExpr>();
        long upper = 0;
        foreach (var e in c.Employees)
        {
            parts.Add(terms.Assignments(c, e, _ => true, out var most));
            upper += most;
            foreach (var extra in new[] { terms.Mertid[e], terms.Overtime[e] })
                if (extra is { } x)
                {
                    parts.Add(x.Kronor);
                    upper += x.Upper;
                }
        }

        foreach (var (missing, slots, most) in terms.Missing)
        {
            parts.Add(missing * checked(slots * terms.SubstituteSlotKronor));
            upper += checked(most * slots * terms.SubstituteSlotKronor);
        }

        var total = LinearExpr.Sum(parts);
        Enforce.AtMost(c, rule, total, budget, upper, -1, -1, "over_budget");
    }
}
