using Google.OrTools.Sat;
using Scheduling.Domain;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// min-consecutive-days and min-consecutive-days-off: a maximal run shorter than the minimum is a
/// pattern (off, on × L, off) — or its negation for days off — that is forbidden (hard) or costs
/// weight × (minimum − L) (soft). A run touching the period's edge is left alone unless the rule binds there. With
/// history, days before the period are constants: a run that began there is judged whole (the edge is then the
/// history's first day), and a run that the history itself closed is not judged (one the period's first day closes is).
/// </summary>
internal sealed class MinConsecutiveRuns(Rule rule, int? defaultMinimum, Func<Employee, int?> limit, bool bindAtEdges, bool worked) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        foreach (var e in c.Employees)
        {
            if ((limit(c.Problem.Employees[e]) ?? defaultMinimum) is not { } min) continue;
            var first = -c.History.Days;
            ILiteral In(int d) => worked ? c.Works[e, d] : c.Works[e, d].Not();

            // A day before the period is known: true or false where the period's days are literals.
            bool? Known(int d, bool inRun) => d < 0 ? c.History.Works(e, d) == worked == inRun : null;
            for (var length = 1; length < min; length++)
                for (var start = first; start + length <= c.D; start++)
                {
                    var end = start + length; // first day after the run
                    if (end < 0) continue;
                    var touchesEdge = start == first || end == c.D;
                    if (touchesEdge && !bindAtEdges) continue;
                    var pattern = new List<ILiteral>();
                    var possible = true;
                    void Add(int d, bool inRun)
                    {
                        if (Known(d, inRun) is { } known) possible &= known;
                        else pattern.Add(inRun ? In(d) : In(d).Not());
                    }

                    if (start > first) Add(start - 1, false);
                    for (var d = start; d < end; d++) Add(d, true);
                    if (end < c.D) Add(end, false);
                    if (!possible) continue;
                    Enforce.NotTogether(c, rule, pattern, min - length, e, Math.Max(0, start), $"{rule.Id}_{e}_{start}_{length}");
                }
        }
    }
}
