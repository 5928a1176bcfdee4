using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>pins: the manager's fixed shift (or day off) holds; soft: weight per pin broken.</summary>
internal sealed class Pins(PinsRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        foreach (var pin in c.Problem.Pins)
        {
            var e = c.EmployeeIndex(pin.Employee);
            var d = c.Problem.Period.IndexOf(pin.Date);
            if (pin.Shift is not { } code)
            {
                Enforce.Forbid(c, rule, c.Works[e, d], 1, e, d);
                continue;
            }

            var x = c.WorksShift(e, d, code);
            if (rule.Enforcement.IsHard)
                c.Require(c.Model.Add(x == 1), rule.Id, e, d);
            else
                c.Penalize(1 - x, rule.Enforcement.Weight);
        }
    }
}
