using Scheduling.Domain;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Fairness;
using Scheduling.Domain.Rules;
using Scheduling.Domain.Units;

namespace Scheduling.Solver.Municipality;

/// <summary>
/// A problem of several units split by home unit: each part holds one unit (its booking order left out, as the other
/// units are not in it), the employees whose home unit it is, that unit's demand rows and slots, and those employees'
/// wishes, days off, pins, preferences, pay, ledger entries and history. The budget rule is left out of the parts: the
/// budget is the whole problem's, and the joined roster is charged against it.
/// </summary>
internal static class UnitParts
{
    public static List<(UnitId Unit, RosterProblem Part)> Split(RosterProblem problem)
    {
        var byHome = problem.Employees.GroupBy(e => problem.HomeUnitOf(e.Id)!.Value).ToDictionary(g => g.Key, g => g.ToList());
        var rules = new RulePack(problem.Rules.Id, [.. problem.Rules.Rules.Where(r => r is not BudgetRule)]);
        var parts = new List<(UnitId, RosterProblem)>();
        foreach (var unit in problem.Units)
        {
            if (!byHome.TryGetValue(unit.Id, out var staff)) continue;
            var ids = staff.Select(e => e.Id).ToHashSet();
            var groups = unit.Groups.Select(g => new ResidentGroup(g.Id, g.Name, g.Residents, g.Shifts, [.. g.ContactPersons.Where(ids.Contains)])).ToImmutableArray();
            var cost = problem.Cost is not { } c ? null : new CostModel(c.Version, c.Source, [.. c.Pay.Where(p => ids.Contains(p.Employee))], c.SocialFeeFactor,
                c.UnsocialHours, c.HourlyDivisor, c.DefaultMonthlyPay, c.AdditionalHoursPercent, c.OvertimePercent, c.AutumnExtraHourPercent, c.Substitutes, c.Budget);
            var part = new RosterProblem(
                $"{problem.Name} / {unit.Id}",
                problem.Period,
                problem.Templates,
                [.. staff],
                rules,
                [.. problem.ShiftDemands.Where(d => problem.UnitOf(d) == unit.Id)],
                new DemandCurve(problem.DemandCurve.SlotLength, [.. problem.DemandCurve.Slots.Where(s => problem.UnitOf(s) == unit.Id)]),
                [.. problem.Wishes.Where(w => ids.Contains(w.Employee))],
                [.. problem.Unavailability.Where(u => ids.Contains(u.Employee))],
                [.. problem.Pins.Where(p => ids.Contains(p.Employee))],
                cost,
                [.. problem.Preferences.Where(p => ids.Contains(p.Employee))],
                new FairnessLedger([.. problem.Ledger.Entries.Where(l => ids.Contains(l.Employee))]),
                new History(problem.History.Days, [.. problem.History.Assignments.Where(a => ids.Contains(a.Employee))]),
                [unit with { BookingOrder = [], Groups = groups }]);
            parts.Add((unit.Id, part));
        }

        return parts;
    }
}
