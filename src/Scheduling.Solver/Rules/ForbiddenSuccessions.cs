using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// forbidden-successions: template B must not start the day after template A; soft: weight per occurrence. The history's
/// last day before the period is a constant A for the period's first day.
/// </summary>
internal sealed class ForbiddenSuccessions(ForbiddenSuccessionsRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        foreach (var from in rule.Successions.GroupBy(s => s.From))
        {
            // Every unit's alternative of a template alike: a person works at most one a day, so a pair of days holds one succession at most.
            var firsts = c.Alternatives(from.Key);
            var followers = from.Select(s => s.To).Distinct().SelectMany(c.Alternatives).ToList();
            foreach (var e in c.Employees)
                for (var d = 0; d + 1 < c.D; d++)
                {
                    if (rule.Enforcement.IsHard)
                    {
                        c.Require(c.Model.Add(LinearExpr.Sum(firsts.Select(t1 => c.X[e, d, t1])) + LinearExpr.Sum(followers.Select(t2 => c.X[e, d + 1, t2])) <= 1), rule.Id, e, d);
                        continue;
                    }

                    foreach (var t1 in firsts)
                        foreach (var t2 in followers)
                            c.Penalize(c.And([c.X[e, d, t1], c.X[e, d + 1, t2]], $"succ_{e}_{d}_{t1}_{t2}"), rule.Enforcement.Weight);
                }

            foreach (var e in c.Employees)
                if (c.History.TemplateOn(e, -1) is var before and >= 0 && c.Problem.Templates[before].Code == from.Key)
                    foreach (var t2 in followers)
                        Enforce.Forbid(c, rule, c.X[e, 0, t2], 1, e, 0);
        }
    }
}
