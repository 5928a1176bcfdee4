using System.Collections.Immutable;
using Scheduling.Domain;

namespace Scheduling.Benchmarks;

/// <summary>
/// A roster for a unit with a demand curve, the same on every run: employee i works template i mod T five days in
/// seven (off on the two days (day + i) mod 7 ∈ {5, 6}), never on an unavailable day. Not a good roster — a
/// published roster's size and shape for the checks that run over it.
/// </summary>
public static class RotationRoster
{
    public static Roster Build(RosterProblem problem)
    {
        var unavailable = problem.Unavailability.Select(u => (u.Employee, u.Date)).ToHashSet();
        var assignments = ImmutableArray.CreateBuilder<Assignment>();
        for (var i = 0; i < problem.Employees.Length; i++)
        {
            var employee = problem.Employees[i];
            var template = problem.Templates[i % problem.Templates.Length];
            for (var day = 0; day < problem.Period.Days; day++)
            {
                var date = problem.Period.DateOf(day);
                if ((day + i) % 7 >= 5 || unavailable.Contains((employee.Id, date))) continue;
                assignments.Add(new Assignment(employee.Id, date, template.Code));
            }
        }

        return new Roster(assignments.ToImmutable());
    }
}
