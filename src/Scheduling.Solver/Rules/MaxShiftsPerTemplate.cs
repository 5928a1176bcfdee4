using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>max-shifts-per-template: at most N of a template per employee; soft: weight per shift too many.</summary>
internal sealed class MaxShiftsPerTemplate(MaxShiftsPerTemplateRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        foreach (var e in c.Employees)
            for (var t = 0; t < c.Problem.Templates.Length; t++)
            {
                var code = c.Problem.Templates[t].Code;
                var limits = c.Problem.Employees[e].Limits.MaxShiftsPerTemplate;
                var max = limits.TryGetValue(code, out var m) ? m : rule.DefaultMaximum;
                if (max is not { } bound || bound >= c.D) continue;
                var count = LinearExpr.Sum(Enumerable.Range(0, c.D).Select(d => c.WorksShift(e, d, code)));
                Enforce.AtMost(c, rule, count, bound, c.D, e, -1, $"template_over_{e}_{t}");
            }
    }
}
