using Google.OrTools.Sat;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// cost: weight × the roster's cost of the rule's kinds in whole kronor (see <see cref="CostRule"/>): each
/// assignment's price, mertid and overtime per employee, and substitutes for need below the minimum.
/// </summary>
internal sealed class Cost(CostRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        var terms = CostTerms.Of(c);
        var weight = rule.Enforcement.Weight;
        bool Counts(CostKind kind) => rule.Kinds.Contains(kind);
        foreach (var e in c.Employees)
        {
            c.Penalize(terms.Assignments(c, e, Counts, out _), weight);
            if (Counts(CostKind.AdditionalHours) && terms.Mertid[e] is { } mertid) c.Penalize(mertid.Kronor, weight);
            if (Counts(CostKind.Overtime) && terms.Overtime[e] is { } overtime) c.Penalize(overtime.Kronor, weight);
        }

        if (Counts(CostKind.Substitutes))
            foreach (var (missing, slots, _) in terms.Missing)
                c.Penalize(missing, checked(weight * slots * terms.SubstituteSlotKronor));
    }
}
