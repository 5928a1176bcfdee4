using System.Collections.Frozen;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// The solver's side of <see cref="RuleRegistry"/>: for each rule record type, its constraint family (one file
/// <c>Rules/&lt;RuleName&gt;.cs</c>, named as the domain's folder <c>Scheduling.Domain/Rules/&lt;RuleName&gt;/</c>; rules that are one
/// computation with other parameters share one, as <see cref="MinConsecutiveRuns"/> and <see cref="WeeklyAverage"/> do). The
/// families share no code with the checker. A test fails when a registered rule has no family here; adding a rule is
/// one line below (see <see cref="RuleRegistry"/> for the whole recipe).
/// </summary>
public static class ConstraintFamilies
{
    private static readonly FrozenDictionary<Type, Func<Rule, IConstraintFamily>> ByRuleType = new Dictionary<Type, Func<Rule, IConstraintFamily>>
    {
        [typeof(DailyRestRule)] = Of<DailyRestRule>(r => new DailyRest(r)),
        [typeof(WeeklyRestRule)] = Of<WeeklyRestRule>(r => new WeeklyRest(r)),
        [typeof(MaxShiftLengthRule)] = Of<MaxShiftLengthRule>(r => new MaxShiftLength(r)),
        [typeof(BreakRule)] = Of<BreakRule>(r => new Break(r)),
        [typeof(OrdinaryHoursRule)] = Of<OrdinaryHoursRule>(r => new WeeklyAverage(r, r.MaximumWeekly, NodaTime.Period.FromWeeks(r.ReferenceWeeks), "ordinary")),
        [typeof(OvertimeRule)] = Of<OvertimeRule>(r => new Overtime(r)),
        [typeof(TotalHoursRule)] = Of<TotalHoursRule>(r => new WeeklyAverage(r, r.MaximumWeekly, NodaTime.Period.FromMonths(r.ReferenceMonths), "total")),
        [typeof(NightWorkRule)] = Of<NightWorkRule>(r => new NightWork(r)),
        [typeof(PeriodHoursRule)] = Of<PeriodHoursRule>(r => new PeriodHours(r)),
        [typeof(HoursTargetRule)] = Of<HoursTargetRule>(r => new HoursTarget(r)),
        [typeof(MaxShiftsPerTemplateRule)] = Of<MaxShiftsPerTemplateRule>(r => new MaxShiftsPerTemplate(r)),
        [typeof(ForbiddenSuccessionsRule)] = Of<ForbiddenSuccessionsRule>(r => new ForbiddenSuccessions(r)),
        [typeof(MaxConsecutiveDaysRule)] = Of<MaxConsecutiveDaysRule>(r => new MaxConsecutiveDays(r)),
        [typeof(MinConsecutiveDaysRule)] = Of<MinConsecutiveDaysRule>(r => new MinConsecutiveRuns(r, r.DefaultMinimum, e => e.Limits.MinConsecutiveDays, r.BindAtHorizonEdges, worked: true)),
        [typeof(MinConsecutiveDaysOffRule)] = Of<MinConsecutiveDaysOffRule>(r => new MinConsecutiveRuns(r, r.DefaultMinimum, e => e.Limits.MinConsecutiveDaysOff, r.BindAtHorizonEdges, worked: false)),
        [typeof(MaxWeekendsRule)] = Of<MaxWeekendsRule>(r => new MaxWeekends(r)),
        [typeof(AvailabilityRule)] = Of<AvailabilityRule>(r => new Availability(r)),
        [typeof(CompetenceRule)] = Of<CompetenceRule>(r => new Competence(r)),
        [typeof(PinsRule)] = Of<PinsRule>(r => new Pins(r)),
        [typeof(ShiftCoverRule)] = Of<ShiftCoverRule>(r => new ShiftCover(r)),
        [typeof(DemandMinimumRule)] = Of<DemandMinimumRule>(r => new DemandMinimum(r)),
        [typeof(DemandIdealRule)] = Of<DemandIdealRule>(r => new DemandIdeal(r)),
        [typeof(DemandSurplusRule)] = Of<DemandSurplusRule>(r => new DemandSurplus(r)),
        [typeof(WishesRule)] = Of<WishesRule>(r => new Wishes(r)),
        [typeof(PreferencesRule)] = Of<PreferencesRule>(r => new Preferences(r)),
        [typeof(FairWishShareRule)] = Of<FairWishShareRule>(r => new FairWishShare(r)),
        [typeof(FairNightsRule)] = Of<FairNightsRule>(r => new FairNights(r)),
        [typeof(FairWeekendsRule)] = Of<FairWeekendsRule>(r => new FairWeekends(r)),
        [typeof(FairHolidaysRule)] = Of<FairHolidaysRule>(r => new FairHolidays(r)),
        [typeof(CostRule)] = Of<CostRule>(r => new Cost(r)),
        [typeof(BudgetRule)] = Of<BudgetRule>(r => new Budget(r)),
        [typeof(StabilityRule)] = Of<StabilityRule>(r => new Stability(r)),
        [typeof(ContinuityRule)] = Of<ContinuityRule>(r => new Continuity(r)),
        [typeof(PoolOrderRule)] = Of<PoolOrderRule>(r => new PoolOrder(r)),
    }.ToFrozenDictionary();

    /// <summary>The rule record types that have a constraint family.</summary>
    public static IReadOnlyCollection<Type> RuleTypes => ByRuleType.Keys;

    /// <summary>The constraint family of a rule instance.</summary>
    internal static IConstraintFamily For(Rule rule) =>
        ByRuleType.TryGetValue(rule.GetType(), out var create)
            ? create(rule)
            : throw new InvalidOperationException($"the solver has no constraint family for rule '{rule.Id}' ({rule.GetType().Name}): add it to ConstraintFamilies");

    private static Func<Rule, IConstraintFamily> Of<TRule>(Func<TRule, IConstraintFamily> create) where TRule : Rule => rule => create((TRule)rule);
}
