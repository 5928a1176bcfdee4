using Scheduling.Domain;

namespace Scheduling.Solver.Decomposition;

/// <summary>A roster as each employee's template index per day (−1 off), the decomposition's working form, and back.</summary>
internal static class Schedules
{
    public static int[][] Of(RosterProblem problem, Roster roster)
    {
        var schedules = problem.Employees.Select(_ => Enumerable.Repeat(-1, problem.Period.Days).ToArray()).ToArray();
        foreach (var a in roster.Assignments)
        {
            var d = problem.Period.IndexOf(a.Date);
            if (d < 0 || !problem.EmployeeById.TryGetValue(a.Employee, out var person) || !problem.TemplateByCode.TryGetValue(a.Shift, out var template)) continue;
            schedules[problem.Employees.IndexOf(person)][d] = problem.Templates.IndexOf(template);
        }

        return schedules;
    }

    public static Roster ToRoster(RosterProblem problem, int[][] schedules)
    {
        var assignments = ImmutableArray.CreateBuilder<Assignment>();
        for (var e = 0; e < schedules.Length; e++)
            for (var d = 0; d < schedules[e].Length; d++)
                if (schedules[e][d] >= 0)
                    assignments.Add(new Assignment(problem.Employees[e].Id, problem.Period.DateOf(d), problem.Templates[schedules[e][d]].Code));
        return new Roster(assignments.ToImmutable());
    }
}
