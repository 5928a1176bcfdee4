using Google.OrTools.Sat;
using Scheduling.Domain.Rules;
using Scheduling.Domain.Units;

namespace Scheduling.Solver.Rules;

/// <summary>
/// continuity (personalkontinuitet, DOMAIN.md objective 5): per resident group and week, served[e] is exactly whether
/// employee e works a shift alternative serving the group (its templates at its unit) that week, and weight × max(0,
/// Σ served − target) is charged; per contact person, contactWeight × (days worked − days serving their group).
/// </summary>
internal sealed class Continuity(ContinuityRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        var weeks = ContinuityRule.Weeks(c.D).ToList();
        foreach (var unit in c.Problem.Units)
            for (var g = 0; g < unit.Groups.Length; g++)
            {
                var group = unit.Groups[g];
                var serving = Enumerable.Range(0, c.T).Where(t => c.UnitAt(t) == unit.Id && group.IsServedBy(c.TemplateAt(t).Code)).ToList();
                if (serving.Count == 0) continue;
                var candidates = Enumerable.Range(0, c.E).Where(e => c.Problem.Employees[e].MayWorkAt(unit.Id)).ToList();
                foreach (var (first, end) in weeks)
                {
                    if (rule.Enforcement.Weight == 0 || candidates.Count <= rule.TargetStaffPerWeek) break;
                    var served = candidates.Select(e =>
                    {
                        var shifts = Enumerable.Range(first, end - first).SelectMany(d => serving.Select(t => c.X[e, d, t])).ToList();
                        var any = c.Model.NewBoolVar($"serves_{unit.Id}_{g}_{e}_{first}");
                        c.Model.AddMaxEquality(any, shifts);
                        return any;
                    }).ToList();
                    var over = LinearExpr.Sum(served) - rule.TargetStaffPerWeek;
                    c.Penalize(c.PositivePart(over, candidates.Count - rule.TargetStaffPerWeek, $"continuity_{unit.Id}_{g}_{first}"), rule.Enforcement.Weight);
                }

                if (rule.ContactWeight == 0) continue;
                foreach (var person in group.ContactPersons.Distinct())
                {
                    var e = c.EmployeeIndex(person);
                    for (var d = 0; d < c.D; d++)
                        c.Penalize(c.Works[e, d] - LinearExpr.Sum(serving.Select(t => c.X[e, d, t])), rule.ContactWeight);
                }
            }
    }
}
