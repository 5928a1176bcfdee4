using System.Collections.Immutable;
using Scheduling.Domain;
using Scheduling.Domain.Rules;

namespace Scheduling.Benchmarks;

/// <summary>
/// A roster built deterministically for an instance, day by day: each cover row is filled with the next
/// employees in turn who are free that day, may work the shift and would not break a forbidden succession.
/// Not a good roster — a realistic load for the rule checker, the same on every run.
/// </summary>
public static class GreedyRoster
{
    public static Roster Build(RosterProblem problem)
    {
        var employees = problem.Employees;
        var unavailable = problem.Unavailability.Select(u => (u.Employee, u.Date)).ToHashSet();
        var forbidden = (problem.Rules.Get<ForbiddenSuccessionsRule>()?.Successions ?? []).Select(s => (s.From, s.To)).ToHashSet();
        var used = employees.ToDictionary(e => e.Id, _ => new Dictionary<ShiftCode, int>());
        var yesterday = new Dictionary<EmployeeId, ShiftCode>();
        var assignments = ImmutableArray.CreateBuilder<Assignment>();
        var next = 0;
        foreach (var date in problem.Period.Dates)
        {
            var today = new Dictionary<EmployeeId, ShiftCode>();
            foreach (var demand in problem.ShiftDemands.Where(d => d.Date == date))
                for (int filled = 0, tried = 0; filled < demand.Required && tried < employees.Length; tried++, next = (next + 1) % employees.Length)
                {
                    var e = employees[next];
                    if (today.ContainsKey(e.Id) || unavailable.Contains((e.Id, date))) continue;
                    if (yesterday.TryGetValue(e.Id, out var before) && forbidden.Contains((before, demand.Shift))) continue;
                    var count = used[e.Id].GetValueOrDefault(demand.Shift);
                    if (e.Limits.MaxShiftsPerTemplate.TryGetValue(demand.Shift, out var max) && count >= max) continue;
                    used[e.Id][demand.Shift] = count + 1;
                    today[e.Id] = demand.Shift;
                    assignments.Add(new Assignment(e.Id, date, demand.Shift));
                    filled++;
                }

            yesterday = today;
        }

        return new Roster(assignments.ToImmutable());
    }
}
