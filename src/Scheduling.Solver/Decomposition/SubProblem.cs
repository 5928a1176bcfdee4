using Scheduling.Domain;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Fairness;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Decomposition;

/// <summary>
/// A problem cut down to some of its employees, without the coupling rules (<see cref="CoverRows.CouplingRules"/>):
/// the same rule pack otherwise, so the constraint families model exactly what each of them must keep.
/// </summary>
internal static class SubProblem
{
    public static RosterProblem Of(RosterProblem problem, IReadOnlyList<int> employees)
    {
        var people = employees.Select(e => problem.Employees[e]).ToList();
        var ids = people.Select(p => p.Id).ToHashSet();
        var rules = new RulePack(problem.Rules.Id, [.. problem.Rules.Rules.Where(r => !CoverRows.CouplingRules.Contains(r.Id))]);
        var cost = problem.Cost is { } c
            ? new CostModel(c.Version, c.Source, [.. c.Pay.Where(p => ids.Contains(p.Employee))], c.SocialFeeFactor, c.UnsocialHours, c.HourlyDivisor,
                c.DefaultMonthlyPay, c.AdditionalHoursPercent, c.OvertimePercent, c.AutumnExtraHourPercent, c.Substitutes, c.Budget)
            : null;
        return new RosterProblem(
            problem.Name,
            problem.Period,
            problem.Templates,
            [.. people],
            rules,
            shiftDemands: [],
            demandCurve: DemandCurve.Empty,
            wishes: [.. problem.Wishes.Where(w => ids.Contains(w.Employee))],
            unavailability: [.. problem.Unavailability.Where(u => ids.Contains(u.Employee))],
            pins: [.. problem.Pins.Where(p => ids.Contains(p.Employee))],
            cost: cost,
            preferences: [.. problem.Preferences.Where(p => ids.Contains(p.Employee))],
            ledger: new FairnessLedger([.. problem.Ledger.Entries.Where(l => ids.Contains(l.Employee))]),
            history: problem.History.Of(ids));
    }
}
