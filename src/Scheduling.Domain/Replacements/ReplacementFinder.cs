using Scheduling.Domain.Checking;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Fairness;
using Scheduling.Domain.Rules;
using Scheduling.Domain.Units;

namespace Scheduling.Domain.Replacements;

/// <summary>
/// Ranks who can take an opened shift. Each employee is checked alone: the rule checker runs over their part of the
/// problem (<see cref="RosterProblem.OnlyEmployee"/>) and their whole roster with the shift added, against the same
/// without it, so a candidate costs one small check and not a check of the whole unit. The rules about the whole unit
/// (cover and the demand curve) are checked once per set of the need's competences a candidate holds that day; the
/// fairness rules, the budget and stability compare employees with each other and are left to the fairness term.
/// A candidate breaks no hard rule the roster did not already break for them; the ranking is, in order: needs no
/// consent, the soft penalty difference, the extra pay, the larger shortfall against the hours target, the smaller
/// excess over the fair share of the shift's burdens, the employee id.
/// </summary>
public static class ReplacementFinder
{
    /// <summary>Days before a shift inside which a change to a published roster needs the employee's consent (ATL §12, AB).</summary>
    public const int NoticeDays = 14;

    private static readonly FrozenIds UnitWide = new([RuleIds.ShiftCover, RuleIds.DemandMinimum, RuleIds.DemandIdeal, RuleIds.DemandSurplus, RuleIds.Budget, RuleIds.Stability,
        RuleIds.FairWishShare, RuleIds.FairNights, RuleIds.FairWeekends, RuleIds.FairHolidays]);

    private static readonly FrozenIds Coverage = new([RuleIds.ShiftCover, RuleIds.DemandMinimum, RuleIds.DemandIdeal, RuleIds.DemandSurplus]);

    /// <summary>
    /// The replacements for <paramref name="opened"/> in <paramref name="roster"/> (which still holds it) under
    /// <paramref name="problem"/> (whose unavailable days hold the absence). <paramref name="today"/> decides consent.
    /// </summary>
    public static ReplacementList Find(RosterProblem problem, Roster roster, OpenedShift opened, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(opened);
        var template = problem.TemplateByCode.GetValueOrDefault(opened.Shift) ?? throw new DomainException($"unknown shift code '{opened.Shift}'");
        var without = new Roster([.. roster.Assignments.Where(a => !(a.Employee == opened.Employee && a.Date == opened.Date && a.Shift == opened.Shift))]);
        // The shift is taken where it is worked: at the absent employee's unit for it (none in a problem of one unit).
        var unit = problem.UnitOf(roster.Assignments.FirstOrDefault(a => a.Employee == opened.Employee && a.Date == opened.Date && a.Shift == opened.Shift)
            ?? new Assignment(opened.Employee, opened.Date, opened.Shift));
        var byEmployee = without.Assignments.ToLookup(a => a.Employee);
        var own = new RulePack(problem.Rules.Id, [.. problem.Rules.Rules.Where(r => !UnitWide.Contains(r.Id)).Select(OwnPart).OfType<Rule>()]);
        var coverage = new UnitCoverage(problem, without, opened, template, unit);
        // Wishes play no part in the burdens' fair shares, and explaining them is most of the report's work.
        var fairness = FairnessReport.Build(problem.WithWishes([]), without).Employees.ToDictionary(e => e.Employee);
        var calculator = problem.Cost is null ? null : CostCalculator.For(problem);
        var needsConsent = opened.Date < today.PlusDays(NoticeDays);
        var zone = problem.Period.Zone;

        // Each employee's check is independent of the others': spread over the cores.
        var others = problem.Employees.Where(e => e.Id != opened.Employee).ToArray();
        var outcomes = new (ReplacementCandidate? Candidate, ReplacementExclusion? Exclusion)[others.Length];
        Parallel.For(0, others.Length, i =>
        {
            var employee = others[i];
            var slice = problem.OnlyEmployee(employee.Id, own);
            var before = byEmployee[employee.Id].ToImmutableArray();
            var added = new Assignment(employee.Id, opened.Date, opened.Shift) { Unit = unit };
            ImmutableArray<Assignment> after = [.. before, added];
            var evaluationBefore = RuleChecker.Evaluate(slice, new Roster(before));
            var evaluationAfter = RuleChecker.Evaluate(slice, new Roster(after));
            var broken = NewHard(evaluationBefore, evaluationAfter);
            if (broken.Count > 0)
            {
                // A rule over the whole period (hours, shifts of a template) names no day: the shift's is the one that breaks it.
                outcomes[i] = (null, new ReplacementExclusion(employee.Id, employee.Name, [.. broken.Select(v => v.Dates.IsEmpty ? v with { Dates = [opened.Date] } : v)]));
                return;
            }

            var byRule = Difference(evaluationBefore.PenaltyByRule, evaluationAfter.PenaltyByRule, coverage.DifferenceFor(employee));
            var pay = Pay(calculator, problem, employee, before, after, opened, template);
            var workedBefore = Worked(before, problem, zone);
            var target = employee.Contract.TargetFor(problem.Period.Days) is { } t ? (long)t.TotalMinutes : (long?)null;
            var excess = Excess(fairness.GetValueOrDefault(employee.Id), template, opened.Date);
            outcomes[i] = (new ReplacementCandidate(employee.Id, employee.Name, 0, byRule.Values.Sum(), byRule, pay.Unsocial, pay.Mertid, pay.Overtime, pay.Base,
                workedBefore, workedBefore + Worked([added], problem, zone), target, excess, needsConsent, "", ""), null);
        });
        var scored = outcomes.Select(o => o.Candidate).OfType<ReplacementCandidate>().ToList();
        var excluded = outcomes.Select(o => o.Exclusion).OfType<ReplacementExclusion>().ToList();

        var ranked = scored
            .OrderBy(c => c.NeedsConsent)
            .ThenBy(c => c.PenaltyDifference)
            .ThenBy(c => c.ExtraPayKronor)
            .ThenByDescending(c => c.TargetMinutes is { } t ? t - c.WorkedMinutesBefore : long.MinValue)
            .ThenBy(c => c.FairShareExcess)
            .ThenBy(c => c.Employee.Value, StringComparer.Ordinal)
            .Select((c, i) => c with
            {
                Rank = i + 1,
                ReasonSwedish = ReplacementTexts.Candidate(c, opened, ReplacementTexts.Swedish),
                ReasonEnglish = ReplacementTexts.Candidate(c, opened, ReplacementTexts.English),
            })
            .ToImmutableArray();
        return new ReplacementList(opened, ranked, [.. excluded.OrderBy(e => e.Employee.Value, StringComparer.Ordinal)], Substitute(calculator, problem, opened, template));
    }

    /// <summary>A rule as it applies to one employee's roster: the cost without substitutes (the unit's, counted with the cover).</summary>
    private static Rule? OwnPart(Rule rule) => rule is CostRule cost
        ? cost.Kinds.Remove(CostKind.Substitutes) is { Length: > 0 } kinds ? new CostRule(cost.Enforcement.Weight, kinds, cost.Source) : null
        : rule;

    /// <summary>
    /// The hard violations after that were not there before, or are worse: a violation of the same rule, employee and
    /// dates is new only when it counts more units than before (a shortfall the shift reduces is not new).
    /// </summary>
    private static List<Violation> NewHard(Evaluation before, Evaluation after)
    {
        static string Key(Violation v) => $"{v.RuleId}|{v.Employee}|{string.Join(',', v.Dates)}";
        var old = before.HardViolations.GroupBy(Key).ToDictionary(g => g.Key, g => (Count: g.Count(), Units: g.Sum(v => v.Units)));
        return [.. after.HardViolations.GroupBy(Key)
            .Where(g => !old.TryGetValue(g.Key, out var o) || g.Count() > o.Count || g.Sum(v => v.Units) > o.Units)
            .SelectMany(g => g)];
    }

    private static ImmutableSortedDictionary<string, long> Difference(
        ImmutableSortedDictionary<string, long> before, ImmutableSortedDictionary<string, long> after, IReadOnlyDictionary<string, long> unit)
    {
        var result = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var rule in before.Keys.Concat(after.Keys).Concat(unit.Keys).Distinct())
        {
            var difference = after.GetValueOrDefault(rule) - before.GetValueOrDefault(rule) + unit.GetValueOrDefault(rule);
            if (difference != 0) result[rule] = difference;
        }

        return result.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    private static long Worked(IEnumerable<Assignment> assignments, RosterProblem problem, DateTimeZone zone) =>
        assignments.Sum(a =>
        {
            var template = problem.TemplateByCode[a.Shift];
            return (long)(template.IntervalOn(a.Date, zone).Duration - template.UnpaidBreak).TotalMinutes;
        });

    private static (long Base, long Unsocial, long Mertid, long Overtime) Pay(
        CostCalculator? calculator, RosterProblem problem, Employee employee, ImmutableArray<Assignment> before, ImmutableArray<Assignment> after, OpenedShift opened, ShiftTemplate template)
    {
        if (calculator is null) return default;
        var lines = calculator.PriceAssignment(employee.Id, opened.Date, template);
        var model = calculator.Model;
        var extraBefore = ExtraHours.Of(problem, employee, before);
        var extraAfter = ExtraHours.Of(problem, employee, after);
        long mertid = 0, overtime = 0;
        if (extraBefore is not null && extraAfter is not null)
        {
            var mertidMinutes = (long)(extraAfter.Mertid - extraBefore.Mertid).TotalMinutes;
            var overtimeMinutes = (long)(extraAfter.Overtime - extraBefore.Overtime).TotalMinutes;
            mertid = Money.For(mertidMinutes, model.SupplementRate(employee.Id, model.AdditionalHoursPercent)).WholeKronor;
            overtime = Money.For(overtimeMinutes, model.SupplementRate(employee.Id, model.OvertimePercent)).WholeKronor;
        }

        return (lines.Where(l => l.Kind == CostKind.Base).Sum(l => l.WholeKronor), lines.Where(l => l.Kind == CostKind.UnsocialHours).Sum(l => l.WholeKronor),
            mertid, overtime + lines.Where(l => l.Kind == CostKind.Overtime).Sum(l => l.WholeKronor));
    }

    /// <summary>How far over their fair share of the shift's burdens (a night, a weekend day) the employee already is; negative under it.</summary>
    private static decimal Excess(EmployeeFairness? fairness, ShiftTemplate template, LocalDate date)
    {
        if (fairness is null) return 0;
        var excess = 0m;
        if (template.Kind == ShiftKind.Night) excess += fairness.Nights.Deviation ?? 0;
        if (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) excess += fairness.Weekends.Deviation ?? 0;
        return excess;
    }

    private static SubstituteOption? Substitute(CostCalculator? calculator, RosterProblem problem, OpenedShift opened, ShiftTemplate template)
    {
        if (calculator?.Model.Substitutes is not { } substitutes) return null;
        var minutes = calculator.MinutesOf(opened.Date, template).WorkingMinutes;
        var kronor = Money.For(minutes, substitutes.Rate).WholeKronor;
        return new SubstituteOption(kronor, minutes,
            string.Create(CultureInfo.InvariantCulture, $"Vikarie för {opened.Shift} {opened.Date:uuuu-MM-dd}: {ReplacementTexts.Hours(minutes)} à {substitutes.Rate} ger {kronor} kr."),
            string.Create(CultureInfo.InvariantCulture, $"A substitute for {opened.Shift} on {opened.Date:uuuu-MM-dd}: {ReplacementTexts.Hours(minutes)} at {substitutes.Rate} costs {kronor} kr."));
    }

    /// <summary>A fixed set of rule ids.</summary>
    private sealed class FrozenIds(IEnumerable<string> ids)
    {
        private readonly HashSet<string> set = new(ids, StringComparer.Ordinal);

        public bool Contains(string id) => set.Contains(id);
    }

    /// <summary>
    /// The unit's cover with the shift taken: the penalty difference of the cover and demand rules (and the cost of
    /// substitutes), the same for every candidate who holds the same of the need's competences that day, so checked
    /// once per such set. Only the slots the shift overlaps and the shifts of the days around it can change, so the
    /// check runs on those (the rest of the unit's penalty is the same with and without the shift).
    /// </summary>
    private sealed class UnitCoverage
    {
        private readonly RosterProblem around;
        private readonly Roster near;
        private readonly OpenedShift opened;
        private readonly ImmutableArray<CompetenceId> competences;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, long>>> bySet = new(StringComparer.Ordinal);
        private readonly Lazy<ImmutableSortedDictionary<string, long>> before;

        private readonly UnitId? unit;

        public UnitCoverage(RosterProblem problem, Roster without, OpenedShift opened, ShiftTemplate template, UnitId? unit)
        {
            this.opened = opened;
            this.unit = unit;
            var shift = template.IntervalOn(opened.Date, problem.Period.Zone);
            var curve = problem.DemandCurve;
            var slots = curve.Slots.Where(s => { var i = curve.IntervalOf(s); return i.Start < shift.End && shift.Start < i.End; }).ToImmutableArray();
            var rules = problem.Rules.Rules.Where(r => Coverage.Contains(r.Id)).ToList();
            if (problem.Rules.Get<CostRule>() is { } cost && cost.Kinds.Contains(CostKind.Substitutes))
                rules.Add(new CostRule(cost.Enforcement.Weight, [CostKind.Substitutes], cost.Source));
            around = new RosterProblem(problem.Name, problem.Period, problem.Templates, problem.Employees, new RulePack(problem.Rules.Id, [.. rules]),
                [.. problem.ShiftDemands.Where(d => d.Date == opened.Date && d.Shift == opened.Shift)], new DemandCurve(curve.SlotLength, slots), cost: problem.Cost, units: problem.Units);
            near = new Roster([.. without.Assignments.Where(a => Math.Abs(NodaTime.Period.DaysBetween(opened.Date, a.Date)) <= 1)]);
            competences = [.. slots.Select(s => s.Competence).OfType<CompetenceId>().Distinct()];
            before = new(() => RuleChecker.Evaluate(around, near).PenaltyByRule);
        }

        public IReadOnlyDictionary<string, long> DifferenceFor(Employee employee)
        {
            if (around.Rules.Rules.Length == 0) return ImmutableDictionary<string, long>.Empty;
            var key = string.Join(',', competences.Where(c => employee.HoldsOn(c, opened.Date, unit)).Select(c => c.Value));
            return bySet.GetOrAdd(key, _ => new Lazy<IReadOnlyDictionary<string, long>>(() =>
            {
                var after = RuleChecker.Evaluate(around, new Roster([.. near.Assignments, new Assignment(employee.Id, opened.Date, opened.Shift) { Unit = unit }])).PenaltyByRule;
                return before.Value.Keys.Concat(after.Keys).Distinct(StringComparer.Ordinal)
                    .ToDictionary(r => r, r => after.GetValueOrDefault(r) - before.Value.GetValueOrDefault(r), StringComparer.Ordinal);
            })).Value;
        }
    }
}
