using Google.OrTools.Sat;
using Scheduling.Domain;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// min-consecutive-days and min-consecutive-days-off: a maximal run shorter than the minimum is a
/// pattern (off, on × L, off) — or its negation for days off — that is forbidden (hard) or costs
/// weight × (minimum − L) (soft). A run touching the period's edge is left alone unless the rule binds there.
/// </summary>
internal sealed class MinConsecutiveRuns(Rule rule, int? defaultMinimum, Func<Employee, int?> limit, bool bindAtEdges, bool worked) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        for (var e = 0; e < c.E; e++)
        {
            if ((limit(c.Problem.Employees[e]) ?? defaultMinimum) is not { } min) continue;
            ILiteral In(int d) => worked ? c.Works[e, d] : c.Works[e, d].Not();
            for (var length = 1; length < min; length++)
                for (var start = 0; start + length <= c.D; start++)
                {
                    var end = start + length; // first day after the run
                    var touchesEdge = start == 0 || end == c.D;
                    if (touchesEdge && !bindAtEdges) continue;
                    var pattern = new List<ILiteral>();
                    if (start > 0) pattern.Add(In(start - 1).Not());
                    for (var d = start; d < end; d++) pattern.Add(In(d));
                    if (end < c.D) pattern.Add(In(end).Not());
                    if (rule.Enforcement.IsHard)
                        c.Require(c.Model.AddBoolOr(pattern.Select(l => l.Not())), rule.Id, e, start);
                    else
                        c.Penalize(c.And(pattern, $"{rule.Id}_{e}_{start}_{length}"), checked(rule.Enforcement.Weight * (min - length)));
                }
        }
    }
}
