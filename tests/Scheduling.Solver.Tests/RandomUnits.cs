using Scheduling.Domain;
using Scheduling.Domain.Units;

namespace Scheduling.Solver.Tests;

/// <summary>
/// The random problems of <see cref="RandomProblems"/> spread over two or three units: employees with a home unit and
/// some other units (or none listed: every unit), competences that count at some units only, demand rows and slots
/// per unit (some slots at the same time at two units), booking orders and a pool unit with pool-order, and random rosters that name the unit of every shift.
/// </summary>
internal static class RandomUnits
{
    public static RosterProblem Create(int seed, int maxEmployees = 3, int maxDays = 6, int maxTemplates = 3, bool allowHard = true)
    {
        var problem = RandomProblems.Create(seed, maxEmployees, maxDays, maxTemplates, allowHard);
        var random = new Random(unchecked((seed * 15_485_863) + 7));
        var count = random.Next(2, 4);
        ImmutableArray<CareUnit> units = [.. Enumerable.Range(0, count).Select(i => new CareUnit(new UnitId($"U{i}"), $"Unit {i}")
        {
            // A booking order over some of the other units (nearest first), and the last unit now and then the pool.
            BookingOrder = [.. Enumerable.Range(0, count).Where(j => j != i && random.Next(2) == 0).OrderBy(_ => random.Next()).Select(j => new UnitId($"U{j}"))],
            IsPool = i == count - 1 && random.Next(2) == 0,
            // Resident groups served by some templates (or all), with contact persons among the staff.
            Groups = [.. Enumerable.Range(0, random.Next(0, 3)).Select(g => new ResidentGroup($"G{g}", $"Group {g}", random.Next(4, 10),
                [.. problem.Templates.Select(t => t.Code).Where(_ => random.Next(3) != 0)],
                [.. problem.Employees.Select(e => e.Id).Where(_ => random.Next(3) == 0)]))],
        })];
        UnitId AnyUnit() => units[random.Next(units.Length)].Id;
        ImmutableArray<UnitId> SomeUnits() => [.. units.Select(u => u.Id).Where(_ => random.Next(2) == 0).DefaultIfEmpty(AnyUnit()).OrderBy(_ => random.Next())];

        var employees = problem.Employees.Select(e => new Employee(e.Id, e.Name, e.Contract,
            [.. e.Competences.Select(g => random.Next(2) == 0 ? g : g with { Units = SomeUnits() })],
            e.Limits,
            random.Next(4) == 0 ? [] : SomeUnits())).ToImmutableArray();
        var demands = problem.ShiftDemands
            .Select(d => new ShiftDemand(d.Date, d.Shift, d.Required, d.UnderWeight, d.OverWeight) { Unit = AnyUnit() })
            .DistinctBy(d => (d.Date, d.Shift, d.Unit))
            .ToImmutableArray();
        var slots = problem.DemandCurve.Slots
            .SelectMany(s => (random.Next(3) == 0 ? units.Select(u => u.Id) : [AnyUnit()])
                .Select(u => new DemandSlot(s.Start, s.Competence, s.Minimum, s.Ideal) { Unit = u }))
            .ToImmutableArray();
        var rules = random.Next(5) == 0 ? problem.Rules : new Domain.Rules.RulePack(problem.Rules.Id, [.. problem.Rules.Rules,
            new Domain.Rules.ContinuityRule(random.Next(0, 20), random.Next(0, 3), random.Next(0, 4)),
            new Domain.Rules.PoolOrderRule(random.Next(0, 30))]);
        return new RosterProblem($"{problem.Name}-units", problem.Period, problem.Templates, employees, rules, demands,
            new DemandCurve(problem.DemandCurve.SlotLength, slots), problem.Wishes, problem.Unavailability, problem.Pins, problem.Cost,
            problem.Preferences, problem.Ledger, problem.History, units);
    }

    /// <summary>A random roster without overlaps, each shift at one of the units the employee may work at.</summary>
    public static Roster RandomRoster(RosterProblem problem, int seed)
    {
        var random = new Random(seed);
        var assignments = ImmutableArray.CreateBuilder<Assignment>();
        foreach (var e in problem.Employees)
        {
            var taken = new List<Interval>();
            var allowed = problem.Units.Select(u => u.Id).Where(u => e.MayWorkAt(u)).ToList();
            foreach (var date in problem.Period.Dates)
            {
                var pick = random.Next(problem.Templates.Length + 1);
                if (pick == 0) continue;
                var template = problem.Templates[pick - 1];
                var interval = template.IntervalOn(date, problem.Period.Zone);
                if (taken.Any(t => t.Start < interval.End && interval.Start < t.End)) continue;
                taken.Add(interval);
                // Now and then without a unit: the home unit, as a roster written by hand may leave it.
                UnitId? unit = random.Next(5) == 0 ? null : allowed[random.Next(allowed.Count)];
                assignments.Add(new Assignment(e.Id, date, template.Code) { Unit = unit });
            }
        }

        return new Roster(assignments.ToImmutable());
    }
}
