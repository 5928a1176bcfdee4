using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>competence: a template requiring a competence goes to someone holding it on the date (valid at the unit where it is worked).</summary>
internal sealed class CompetenceCheck(CompetenceRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        foreach (var (employee, shifts) in context.Shifts)
            foreach (var s in shifts)
                if (s.Template.RequiredCompetence is { } c && !context.Problem.EmployeeById[employee].HoldsOn(c, s.Date, s.Unit))
                    violations.Add(Broken(rule, employee, [s.Date], 1,
                        $"{employee} arbetar {s.Template.Code} {Day(s.Date)} utan giltig kompetens '{c}'", $"{employee} works {s.Template.Code} on {Day(s.Date)} without a valid '{c}'"));
    }
}
