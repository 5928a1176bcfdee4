using Scheduling.Domain;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// stability (DOMAIN.md objective 7, re-planning): each employee × day that differs from the reference roster
/// costs the weight: a reference shift not kept, or a shift on a reference day off; re-planning from today, the weight ×
/// (1 + the day's days inside the 14-day notice), so a change tomorrow costs more than one next week.
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

        for (var d = 0; d < c.D; d++)
        {
            var weight = checked(rule.Enforcement.Weight * rule.ChangeUnits(c.Problem.Period.DateOf(d)));
            foreach (var e in c.Employees)
                if (before.TryGetValue((e, d), out var code))
                    c.Penalize(1 - c.WorksShift(e, d, code), weight);
                else
                    c.Penalize(c.Works[e, d], weight);
        }
    }
}
