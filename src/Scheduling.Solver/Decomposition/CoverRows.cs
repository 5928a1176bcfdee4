using Scheduling.Domain;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Decomposition;

/// <summary>
/// The terms of the objective that couple employees and that the master problem charges exactly: the
/// demand curve's shortfall below the minimum (with the substitutes' cost of it, when the cost rule counts
/// substitutes), below the ideal and the surplus above it, and the shift cover's under and over. For each
/// employee, day and template, the rows a shift worked there counts in (the employee must hold the row's
/// competence on the shift's date).
/// Budget and the fair-share rules also couple employees; the master leaves them out, which keeps its bound a
/// lower bound (they are never negative) and the full model charges them when rosters are scored.
/// </summary>
internal sealed class CoverRows
{
    private CoverRows(List<CoverRow> rows, int[][][][] covers)
    {
        Rows = rows;
        Covers = covers;
    }

    public IReadOnlyList<CoverRow> Rows { get; }

    /// <summary>Covers[e][d][t]: the rows a shift of template t on day d worked by employee e counts in.</summary>
    public int[][][][] Covers { get; }

    /// <summary>Rule ids whose terms couple employees: not in an employee's pricing model.</summary>
    public static readonly IReadOnlySet<string> CouplingRules = new HashSet<string>(StringComparer.Ordinal)
    {
        RuleIds.DemandMinimum, RuleIds.DemandIdeal, RuleIds.DemandSurplus, RuleIds.ShiftCover, RuleIds.Budget,
        RuleIds.FairNights, RuleIds.FairWeekends, RuleIds.FairHolidays,
    };

    public static CoverRows Build(RosterProblem problem)
    {
        int E = problem.Employees.Length, D = problem.Period.Days, T = problem.Templates.Length;
        var zone = problem.Period.Zone;
        var intervals = new Interval[D, T];
        for (var d = 0; d < D; d++)
            for (var t = 0; t < T; t++)
                intervals[d, t] = problem.Templates[t].IntervalOn(problem.Period.DateOf(d), zone);

        var rows = new List<CoverRow>();
        var members = new List<List<(int E, int D, int T)>>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        AddCurve(problem, intervals, rows, members, byKey);
        AddShiftCover(problem, rows, members);

        var covers = new List<int>[E][][];
        for (var e = 0; e < E; e++)
        {
            covers[e] = new List<int>[D][];
            for (var d = 0; d < D; d++)
            {
                covers[e][d] = new List<int>[T];
                for (var t = 0; t < T; t++) covers[e][d][t] = [];
            }
        }

        for (var r = 0; r < rows.Count; r++)
            foreach (var (e, d, t) in members[r])
                covers[e][d][t].Add(r);
        var result = covers.Select(byDay => byDay.Select(byTemplate => byTemplate.Select(l => l.ToArray()).ToArray()).ToArray()).ToArray();
        return new CoverRows(rows, result);
    }

    private static void AddCurve(RosterProblem problem, Interval[,] intervals, List<CoverRow> rows, List<List<(int, int, int)>> members, Dictionary<string, int> byKey)
    {
        var minimum = problem.Rules.Get<DemandMinimumRule>();
        var ideal = problem.Rules.Get<DemandIdealRule>();
        var surplus = problem.Rules.Get<DemandSurplusRule>();
        var cost = problem.Rules.Get<CostRule>();
        long substituteSlot = 0;
        if (cost is not null && cost.Kinds.Contains(CostKind.Substitutes) && problem.Cost is { } model &&
            new CostCalculator(model, problem.Period.Zone).SubstituteSlot(problem.DemandCurve.SlotLength) is { } perSlot)
            substituteSlot = checked(cost.Enforcement.Weight * perSlot.WholeKronor);
        if (minimum is null && ideal is null && surplus is null && substituteSlot == 0) return;

        var curve = problem.DemandCurve;
        var period = problem.Period;
        int E = problem.Employees.Length, D = period.Days, T = problem.Templates.Length;
        foreach (var slot in curve.Slots)
        {
            var interval = curve.IntervalOf(slot);
            var firstDay = Math.Max(0, Period.DaysBetween(period.Start, interval.Start.InZone(period.Zone).Date) - 1);
            var lastDay = Math.Min(D - 1, Period.DaysBetween(period.Start, interval.End.InZone(period.Zone).Date));
            var cells = new List<(int, int, int)>();
            var people = new HashSet<int>();
            for (var d = firstDay; d <= lastDay; d++)
                for (var t = 0; t < T; t++)
                {
                    var shift = intervals[d, t];
                    if (!(shift.Start < interval.End && interval.Start < shift.End)) continue;
                    for (var e = 0; e < E; e++)
                        if (slot.Competence is not { } comp || problem.Employees[e].HoldsOn(comp, period.DateOf(d)))
                        {
                            cells.Add((e, d, t));
                            people.Add(e);
                        }
                }

            var most = people.Count;
            var hardLow = minimum is { Enforcement.IsHard: true } && slot.Minimum > 0;
            var row = new CoverRow(
                Low: slot.Minimum,
                Ideal: slot.Ideal,
                BelowLow: (minimum is { Enforcement.IsHard: false } ? minimum.Enforcement.Weight : 0) + (slot.Minimum > 0 ? substituteSlot : 0),
                BelowIdeal: ideal is not null && slot.Ideal > 0 ? ideal.Enforcement.Weight : 0,
                AboveIdeal: surplus is not null && most > slot.Ideal ? surplus.Enforcement.Weight : 0,
                Multiplicity: 1,
                MostPresent: most,
                HardLow: hardLow,
                HardExact: false);
            if (row.BelowLow == 0 && row.BelowIdeal == 0 && row.AboveIdeal == 0 && !hardLow) continue;
            var key = $"{slot.Minimum}|{slot.Ideal}|{row.BelowLow}|{string.Join(',', cells.Select(c => (c.Item1 * D + c.Item2) * T + c.Item3))}";
            if (byKey.TryGetValue(key, out var index))
            {
                rows[index] = rows[index] with { Multiplicity = rows[index].Multiplicity + 1 };
                continue;
            }

            byKey.Add(key, rows.Count);
            rows.Add(row);
            members.Add(cells);
        }
    }

    private static void AddShiftCover(RosterProblem problem, List<CoverRow> rows, List<List<(int, int, int)>> members)
    {
        if (problem.Rules.Get<ShiftCoverRule>() is not { } rule) return;
        var E = problem.Employees.Length;
        foreach (var demand in problem.ShiftDemands)
        {
            var d = problem.Period.IndexOf(demand.Date);
            var t = problem.Templates.IndexOf(problem.TemplateByCode[demand.Shift]);
            var hard = rule.Enforcement.IsHard;
            rows.Add(new CoverRow(
                Low: demand.Required,
                Ideal: demand.Required,
                BelowLow: 0,
                BelowIdeal: hard || demand.Required == 0 ? 0 : checked(rule.Enforcement.Weight * demand.UnderWeight),
                AboveIdeal: hard || demand.Required >= E ? 0 : checked(rule.Enforcement.Weight * demand.OverWeight),
                Multiplicity: 1,
                MostPresent: E,
                HardLow: false,
                HardExact: hard));
            members.Add([.. Enumerable.Range(0, E).Select(e => (e, d, t))]);
        }
    }
}
