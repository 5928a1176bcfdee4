using Google.OrTools.Sat;
using Scheduling.Domain;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>fair-nights (unit policy): counts the employee's shifts of templates of kind night.</summary>
internal sealed class FairNights(FairNightsRule rule) : FairShare(rule)
{
    protected override LinearExpr Count(ModelContext c, int e, out long upperBound)
    {
        var nights = Enumerable.Range(0, c.T).Where(t => c.TemplateAt(t).Kind == ShiftKind.Night).ToList();
        upperBound = nights.Count == 0 ? 0 : c.D;
        return LinearExpr.Sum(Enumerable.Range(0, c.D).SelectMany(d => nights.Select(t => c.X[e, d, t])));
    }
}
