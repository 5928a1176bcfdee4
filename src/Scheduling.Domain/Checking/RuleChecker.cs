using Scheduling.Domain.Rules;

namespace Scheduling.Domain.Checking;

/// <summary>
/// The referee: computes every hard violation and the soft penalty of a roster, by rule, straight from
/// the rules' definitions. It shares no code with the CP-SAT model, so that each checks the other.
/// </summary>
public static class RuleChecker
{
    public static Evaluation Evaluate(RosterProblem problem, Roster roster)
    {
        var violations = new List<Violation>();
        var context = new CheckContext(problem, roster, violations);
        new StructuralCheck().Check(context, violations);
        foreach (var rule in problem.Rules.Rules)
            CheckFor(rule).Check(context, violations);
        return new Evaluation([.. violations]);
    }

    private static IRuleCheck CheckFor(Rule rule) => rule switch
    {
        DailyRestRule r => new DailyRestCheck(r),
        ForbiddenSuccessionsRule r => new ForbiddenSuccessionsCheck(r),
        WeeklyRestRule r => new WeeklyRestCheck(r),
        MaxShiftLengthRule r => new MaxShiftLengthCheck(r),
        PeriodHoursRule r => new PeriodHoursCheck(r),
        HoursTargetRule r => new HoursTargetCheck(r),
        MaxShiftsPerTemplateRule r => new MaxShiftsPerTemplateCheck(r),
        MaxConsecutiveDaysRule r => new MaxConsecutiveDaysCheck(r),
        MinConsecutiveDaysRule r => new MinConsecutiveRunCheck(r, r.DefaultMinimum, e => e.Limits.MinConsecutiveDays, r.BindAtHorizonEdges, worked: true),
        MinConsecutiveDaysOffRule r => new MinConsecutiveRunCheck(r, r.DefaultMinimum, e => e.Limits.MinConsecutiveDaysOff, r.BindAtHorizonEdges, worked: false),
        MaxWeekendsRule r => new MaxWeekendsCheck(r),
        AvailabilityRule r => new AvailabilityCheck(r),
        CompetenceRule r => new CompetenceCheck(r),
        PinsRule r => new PinsCheck(r),
        ShiftCoverRule r => new ShiftCoverCheck(r),
        DemandMinimumRule or DemandIdealRule or DemandSurplusRule => new DemandCurveCheck(rule),
        WishesRule r => new WishesCheck(r),
        CostRule r => new CostCheck(r),
        BudgetRule r => new BudgetCheck(r),
        StabilityRule r => new StabilityCheck(r),
        PreferencesRule r => new PreferencesCheck(r),
        FairWishShareRule r => new FairWishShareCheck(r),
        FairNightsRule r => new FairNightsCheck(r),
        FairWeekendsRule r => new FairWeekendsCheck(r),
        FairHolidaysRule r => new FairHolidaysCheck(r),
        _ => throw new NotSupportedException($"the checker has no check for rule '{rule.Id}'"),
    };
}
