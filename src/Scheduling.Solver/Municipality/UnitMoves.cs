using Scheduling.Domain;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Rules;
using Scheduling.Domain.Units;

namespace Scheduling.Solver.Municipality;

/// <summary>
/// The pool phase (resurspass): the unit-move neighbourhood. A worked shift keeps its employee, day and template and only
/// changes the unit where it is worked, so every personal rule (rest, hours, weekends, nights, wishes, cost of the
/// person) holds as before by construction; what changes is per-unit cover (<c>demand-minimum</c>, <c>demand-ideal</c>,
/// <c>demand-surplus</c>, <c>shift-cover</c>), the substitutes' cost (<c>cost</c>) and with it <c>budget</c>,
/// <c>competence</c> at the unit, <c>unit-access</c>, <c>pool-order</c> and <c>continuity</c>. Each of those changes is
/// computed here exactly, from the rules' definitions (no code shared with the checker or the model), so the objective
/// after the moves is the start's penalty plus the sum of the accepted changes, which the solver's mismatch guard checks
/// against the checker.
/// </summary>
/// <remarks>
/// Greedy in passes: each pass prices every move of every shift to another unit its employee may work at, then takes
/// them best first, each re-priced on the roster as it is then and taken only if it still lowers the penalty. Moves that
/// would break a hard rule (unit-access, a hard competence, a hard cover rule) are not made. Passes repeat until one
/// takes no move, the time is up or the search is cancelled.
/// </remarks>
internal sealed class UnitMoves
{
    private readonly RosterProblem problem;
    private readonly UnitId[] units;
    private readonly Dictionary<UnitId, int> unitIndex;
    private readonly Slot[] slots;
    private readonly int[] present;
    private readonly Shift[] shifts;
    private readonly Dictionary<(LocalDate, ShiftCode, int), int> rowCount = [];
    private readonly Dictionary<(LocalDate, ShiftCode, int), ShiftDemand> rows = [];
    private readonly Weights w;
    private readonly Group[] groups;
    private readonly Dictionary<(int Group, int Week, int Employee), int> serving = [];
    private readonly int[,] distinct;
    private readonly Dictionary<int, List<int>> contactOf = [];
    private long totalKronor;

    /// <param name="problem">The whole problem (several units).</param>
    /// <param name="start">A roster that keeps the hard rules; its shifts are the ones moved.</param>
    /// <param name="startKronor">What <paramref name="start"/> costs in all (for the budget), from the cost model.</param>
    public UnitMoves(RosterProblem problem, Roster start, long startKronor)
    {
        this.problem = problem;
        units = [.. problem.Units.Select(u => u.Id)];
        unitIndex = units.Select((u, i) => (u, i)).ToDictionary(p => p.u, p => p.i);
        w = new Weights(problem);
        totalKronor = startKronor;
        var zone = problem.Period.Zone;
        var curve = problem.DemandCurve;
        slots = [.. curve.Slots.Select(s => new Slot(unitIndex[problem.UnitOf(s)!.Value], curve.IntervalOf(s), s.Competence, s.Minimum, s.Ideal))];
        var slotsByDay = slots.Select((s, i) => (s, i)).ToLookup(p => (p.s.Unit, p.s.Interval.Start.InZone(zone).Date), p => p.i);

        var employees = problem.Employees.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i);
        shifts = [.. start.Assignments
            .Where(a => problem.EmployeeById.ContainsKey(a.Employee) && problem.TemplateByCode.ContainsKey(a.Shift) && problem.Period.Contains(a.Date))
            .Select(a =>
            {
                var person = problem.EmployeeById[a.Employee];
                var template = problem.TemplateByCode[a.Shift];
                var interval = template.IntervalOn(a.Date, zone);
                var home = unitIndex[problem.HomeUnitOf(a.Employee)!.Value];
                var candidates = Enumerable.Range(0, units.Length).Where(u => person.MayWorkAt(units[u])).ToArray();
                var covers = candidates.Select(u => Enumerable.Range(-1, 3).SelectMany(d => slotsByDay[(u, a.Date.PlusDays(d))])
                    .Where(k => slots[k].Interval.Start < interval.End && interval.Start < slots[k].Interval.End &&
                                (slots[k].Competence is not { } c || person.HoldsOn(c, a.Date, units[u])))
                    .ToArray()).ToArray();
                var lacks = candidates.Select(u => template.RequiredCompetence is { } c && !person.HoldsOn(c, a.Date, units[u])).ToArray();
                return new Shift(a, employees[a.Employee], template, home, candidates, covers, lacks, problem.Period.IndexOf(a.Date)) { Unit = unitIndex[problem.UnitOf(a)!.Value] };
            })];

        present = new int[slots.Length];
        foreach (var s in shifts)
            foreach (var k in s.CoversAt(s.Unit))
                present[k]++;

        foreach (var d in problem.ShiftDemands) rows[(d.Date, d.Shift, unitIndex[problem.UnitOf(d)!.Value])] = d;
        foreach (var s in shifts) rowCount[s.Row(s.Unit)] = rowCount.GetValueOrDefault(s.Row(s.Unit)) + 1;

        groups = [.. problem.Units.SelectMany((u, i) => u.Groups.Select(g => new Group(i, g)))];
        distinct = new int[groups.Length, (problem.Period.Days + 6) / 7];
        for (var g = 0; g < groups.Length; g++)
            foreach (var person in groups[g].Source.ContactPersons.Distinct())
                if (employees.TryGetValue(person, out var e))
                {
                    if (!contactOf.TryGetValue(e, out var list)) contactOf[e] = list = [];
                    list.Add(g);
                }

        foreach (var s in shifts) Serve(s, s.Unit, +1);
    }

    /// <summary>The number of shifts moved so far.</summary>
    public int Moves { get; private set; }

    /// <summary>
    /// Moves shifts while a move lowers the penalty, within <paramref name="limit"/>; returns the total change of the
    /// penalty (zero or negative). <paramref name="improved"/> hears the change so far after each pass that took a move.
    /// </summary>
    public long Run(TimeSpan limit, Action<long>? improved, CancellationToken cancellation)
    {
        if (w.PoolOrder is null) return 0;
        var clock = Stopwatch.StartNew();
        long change = 0;
        while (clock.Elapsed < limit && !cancellation.IsCancellationRequested)
        {
            var offers = new List<(long Delta, int Shift, int Unit)>();
            for (var i = 0; i < shifts.Length; i++)
                foreach (var u in shifts[i].Candidates)
                    if (u != shifts[i].Unit && Delta(shifts[i], u) is { } delta && delta < 0)
                        offers.Add((delta, i, u));
            offers.Sort();
            var taken = 0;
            foreach (var (_, i, u) in offers)
            {
                if (clock.Elapsed >= limit || cancellation.IsCancellationRequested) break;
                if (u == shifts[i].Unit || Delta(shifts[i], u) is not { } delta || delta >= 0) continue;
                Apply(shifts[i], u);
                change += delta;
                taken++;
            }

            Moves += taken;
            if (taken == 0) break;
            improved?.Invoke(change);
        }

        return change;
    }

    /// <summary>The roster as it is now, every shift with the unit it is worked at.</summary>
    public Roster Roster() => new([.. shifts.Select(s => s.Assignment with { Unit = units[s.Unit] })]);

    /// <summary>The exact change of the penalty if <paramref name="s"/> were worked at <paramref name="to"/>; null when that breaks a hard rule.</summary>
    private long? Delta(Shift s, int to)
    {
        var from = s.Unit;
        long penalty = 0;
        if (s.LacksAt(to) && !s.LacksAt(from))
        {
            if (w.Competence is not { } competence || competence.Enforcement.IsHard) return null;
            penalty += competence.Enforcement.Weight;
        }
        else if (!s.LacksAt(to) && s.LacksAt(from) && w.Competence is { } competence)
        {
            penalty -= competence.Enforcement.IsHard ? 0 : competence.Enforcement.Weight;
        }

        // Per slot: what one person fewer at the old unit and one more at the new one change.
        long minimum = 0, ideal = 0, surplus = 0, substitutes = 0;
        foreach (var k in s.CoversAt(from))
        {
            var p = present[k];
            if (p <= slots[k].Minimum) { minimum++; substitutes++; }
            if (p <= slots[k].Ideal) ideal++;
            else surplus--;
        }

        foreach (var k in s.CoversAt(to))
        {
            var p = present[k];
            if (p < slots[k].Minimum) { minimum--; substitutes--; }
            if (p < slots[k].Ideal) ideal--;
            else surplus++;
        }

        if (Term(w.Minimum, minimum) is not { } m || Term(w.Ideal, ideal) is not { } i || Term(w.Surplus, surplus) is not { } o) return null;
        penalty += m + i + o;

        var kronor = substitutes * w.SubstituteSlotKronor;
        if (w.CountsSubstitutes) penalty += kronor * w.Cost!.Enforcement.Weight;
        if (w.Budget is { } budget && w.BudgetKronor is { } limit)
        {
            var over = Math.Max(0, totalKronor + kronor - limit) - Math.Max(0, totalKronor - limit);
            if (budget.Enforcement.IsHard && over > 0) return null;
            if (!budget.Enforcement.IsHard) penalty += budget.Enforcement.Weight * over;
        }

        if (w.ShiftCover is { } cover && CoverChange(s, from, to) is var (people, weighted))
        {
            if (cover.Enforcement.IsHard && people > 0) return null;
            if (!cover.Enforcement.IsHard) penalty += cover.Enforcement.Weight * weighted;
        }

        if (w.PoolOrder is { } order)
            penalty += order.Enforcement.Weight * (PoolOrderRule.Rank(problem, units[s.Home], units[to]) - PoolOrderRule.Rank(problem, units[s.Home], units[from]));
        if (w.Continuity is { } continuity) penalty += ContinuityChange(s, from, to, continuity);
        return penalty;
    }

    /// <summary>A cover rule's change for <paramref name="units"/> more violated slots: null when a hard rule would break.</summary>
    private static long? Term(Rule? rule, long units) => rule switch
    {
        null => 0,
        { Enforcement.IsHard: true } => units > 0 ? null : 0,
        _ => rule.Enforcement.Weight * units,
    };

    /// <summary>shift-cover's change: people short or over (units), and the same weighted by each row's under and over weights.</summary>
    private (long Units, long Weighted) CoverChange(Shift s, int from, int to)
    {
        long units = 0, weighted = 0;
        foreach (var (unit, step) in new[] { (from, -1), (to, +1) })
        {
            var key = s.Row(unit);
            if (!rows.TryGetValue(key, out var demand)) continue;
            var before = rowCount.GetValueOrDefault(key);
            var after = before + step;
            units += Math.Abs(demand.Required - after) - Math.Abs(demand.Required - before);
            weighted += (Math.Max(0, demand.Required - after) - Math.Max(0, demand.Required - before)) * demand.UnderWeight
                        + (Math.Max(0, after - demand.Required) - Math.Max(0, before - demand.Required)) * demand.OverWeight;
        }

        return (units, weighted);
    }

    /// <summary>continuity's change: different staff per group-week beyond the target, and contact persons' shifts away from their group.</summary>
    private long ContinuityChange(Shift s, int from, int to, ContinuityRule rule)
    {
        long change = 0;
        var week = s.Day / 7;
        for (var g = 0; g < groups.Length; g++)
        {
            var leaves = groups[g].Serves(from, s.Template.Code);
            var joins = groups[g].Serves(to, s.Template.Code);
            if (leaves == joins) continue;
            var count = serving.GetValueOrDefault((g, week, s.Employee));
            var before = distinct[g, week];
            var after = leaves ? (count == 1 ? before - 1 : before) : (count == 0 ? before + 1 : before);
            change += rule.Enforcement.Weight * (Math.Max(0, after - rule.TargetStaffPerWeek) - Math.Max(0, before - rule.TargetStaffPerWeek));
        }

        if (rule.ContactWeight > 0 && contactOf.TryGetValue(s.Employee, out var own))
            foreach (var g in own)
                change += rule.ContactWeight * ((groups[g].Serves(to, s.Template.Code) ? 0 : 1) - (groups[g].Serves(from, s.Template.Code) ? 0 : 1));
        return change;
    }

    private void Apply(Shift s, int to)
    {
        long substitutes = 0;
        foreach (var k in s.CoversAt(s.Unit))
        {
            if (present[k] <= slots[k].Minimum) substitutes++;
            present[k]--;
        }

        foreach (var k in s.CoversAt(to))
        {
            if (present[k] < slots[k].Minimum) substitutes--;
            present[k]++;
        }

        totalKronor += substitutes * w.SubstituteSlotKronor;
        rowCount[s.Row(s.Unit)]--;
        rowCount[s.Row(to)] = rowCount.GetValueOrDefault(s.Row(to)) + 1;
        Serve(s, s.Unit, -1);
        s.Unit = to;
        Serve(s, to, +1);
    }

    private void Serve(Shift s, int unit, int step)
    {
        var week = s.Day / 7;
        for (var g = 0; g < groups.Length; g++)
        {
            if (!groups[g].Serves(unit, s.Template.Code)) continue;
            var key = (g, week, s.Employee);
            var count = serving.GetValueOrDefault(key) + step;
            if (count == 0) { serving.Remove(key); distinct[g, week]--; }
            else
            {
                if (count == 1 && step > 0) distinct[g, week]++;
                serving[key] = count;
            }
        }
    }

    private sealed record Slot(int Unit, Interval Interval, CompetenceId? Competence, int Minimum, int Ideal);

    private sealed record Group(int Unit, ResidentGroup Source)
    {
        public bool Serves(int unit, ShiftCode template) => unit == Unit && Source.IsServedBy(template);
    }

    /// <summary>One worked shift: where it may go (its employee's units), the demand slots it counts at each, whether it lacks its competence there.</summary>
    private sealed class Shift(Assignment assignment, int employee, ShiftTemplate template, int home, int[] candidates, int[][] covers, bool[] lacks, int day)
    {
        public Assignment Assignment { get; } = assignment;
        public int Employee { get; } = employee;
        public ShiftTemplate Template { get; } = template;
        public int Home { get; } = home;
        public int[] Candidates { get; } = candidates;
        public int Day { get; } = day;
        public required int Unit { get; set; }

        public int[] CoversAt(int unit) => covers[Array.IndexOf(Candidates, unit)];

        public bool LacksAt(int unit) => lacks[Array.IndexOf(Candidates, unit)];

        public (LocalDate, ShiftCode, int) Row(int unit) => (Assignment.Date, Template.Code, unit);
    }

    /// <summary>The rules whose penalty a unit move changes, as the problem's pack holds them (null: not in the pack).</summary>
    private sealed class Weights
    {
        public Weights(RosterProblem problem)
        {
            Minimum = problem.Rules.Get<DemandMinimumRule>();
            Ideal = problem.Rules.Get<DemandIdealRule>();
            Surplus = problem.Rules.Get<DemandSurplusRule>();
            ShiftCover = problem.Rules.Get<ShiftCoverRule>();
            Competence = problem.Rules.Get<CompetenceRule>();
            PoolOrder = problem.Rules.Get<PoolOrderRule>();
            Continuity = problem.Rules.Get<ContinuityRule>();
            Cost = problem.Rules.Get<CostRule>();
            Budget = problem.Rules.Get<BudgetRule>();
            BudgetKronor = problem.Cost?.Budget;
            SubstituteSlotKronor = problem.Cost is null ? 0 : CostCalculator.For(problem).SubstituteSlot(problem.DemandCurve.SlotLength)?.WholeKronor ?? 0;
            CountsSubstitutes = Cost is { Enforcement.IsHard: false } cost && cost.Kinds.Contains(CostKind.Substitutes);
        }

        public DemandMinimumRule? Minimum { get; }
        public DemandIdealRule? Ideal { get; }
        public DemandSurplusRule? Surplus { get; }
        public ShiftCoverRule? ShiftCover { get; }
        public CompetenceRule? Competence { get; }
        public PoolOrderRule? PoolOrder { get; }
        public ContinuityRule? Continuity { get; }
        public CostRule? Cost { get; }
        public BudgetRule? Budget { get; }
        public long? BudgetKronor { get; }
        public long SubstituteSlotKronor { get; }
        public bool CountsSubstitutes { get; }
    }
}
