using Scheduling.Domain;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// stability (DOMAIN.md objective 7, re-planning): each employee × day that differs from the reference roster
/// costs the weight: a reference shift not kept, or a shift on a reference day off.
/// </summary>
internal sealed class Stability(StabilityRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        if (rule.Reference is not { } reference) return;
        var before = new Dictionary<(int, int), ShiftCode>();
        foreach (var a in reference.Assignments)
        {
            var d = c.Problem.Period.IndexOf(a.Date);
            if (d < 0 || !c.Problem.EmployeeById.ContainsKey(a.Employee) || !c.Problem.TemplateByCode.ContainsKey(a.Shift)) continue;
            before[(c.EmployeeIndex(a.Employee), d)] = a.Shift;
        }

        var weight = rule.Enforcement.Weight;
        for (var e = 0; e < c.E; e++)
            for (var d = 0; d < c.D; d++)
                if (before.TryGetValue((e, d), out var code))
                    c.Penalize(1 - c.WorksShift(e, d, code), weight);
                else
                    c.Penalize(c.Works[e, d], weight);
    }
}
