using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>competence: a template requiring a competence goes only to someone holding it on the date (valid at the unit where it is worked); soft: weight per shift.</summary>
internal sealed class Competence(CompetenceRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        for (var t = 0; t < c.T; t++)
        {
            if (c.TemplateAt(t).RequiredCompetence is not { } required) continue;
            foreach (var e in c.Employees)
                for (var d = 0; d < c.D; d++)
                    if (!c.Problem.Employees[e].HoldsOn(required, c.Problem.Period.DateOf(d), c.UnitAt(t)))
                        Enforce.Forbid(c, rule, c.X[e, d, t], 1, e, d);
        }
    }
}
