using Scheduling.Domain;
using Scheduling.Domain.Rules;
using Scheduling.Solver.Constraints;

namespace Scheduling.Solver;

/// <summary>Builds the CP-SAT model of a problem: the structure, then one constraint family per rule in the pack.</summary>
internal static class ModelBuilder
{
    /// <summary>
    /// Builds the model; a cancelled build stops between constraint families with <see cref="OperationCanceledException"/>
    /// (a large model takes seconds, and a cancelled job must not hold its worker for them).
    /// </summary>
    public static ModelContext Build(RosterProblem problem, bool explain = false, CancellationToken cancellation = default)
    {
        var context = new ModelContext(problem, explain);
        foreach (var (rule, family) in Families(problem.Rules))
        {
            cancellation.ThrowIfCancellationRequested();
            context.CurrentRule = rule;
            family.Add(context);
        }
        // Explaining infeasibility needs no objective: only which guards cannot hold together.
        if (!explain) context.SetObjective();
        return context;
    }

    private static IEnumerable<(string Rule, IConstraintFamily Family)> Families(RulePack pack)
    {
        yield return (RuleIds.NoOverlap, new NoOverlap());
        foreach (var rule in pack.Rules)
        {
            IConstraintFamily? family = rule switch
            {
                DailyRestRule r => new DailyRest(r),
                ForbiddenSuccessionsRule r => new ForbiddenSuccessions(r),
                WeeklyRestRule r => new WeeklyRest(r),
                MaxShiftLengthRule r => new MaxShiftLength(r),
                PeriodHoursRule r => new PeriodHours(r),
                HoursTargetRule r => new HoursTarget(r),
                MaxShiftsPerTemplateRule r => new MaxShiftsPerTemplate(r),
                MaxConsecutiveDaysRule r => new MaxConsecutiveDays(r),
                MinConsecutiveDaysRule r => new MinConsecutiveRuns(r, r.DefaultMinimum, e => e.Limits.MinConsecutiveDays, r.BindAtHorizonEdges, worked: true),
                MinConsecutiveDaysOffRule r => new MinConsecutiveRuns(r, r.DefaultMinimum, e => e.Limits.MinConsecutiveDaysOff, r.BindAtHorizonEdges, worked: false),
                MaxWeekendsRule r => new MaxWeekends(r),
                AvailabilityRule r => new Availability(r),
                CompetenceRule r => new Competence(r),
                PinsRule r => new Pins(r),
                ShiftCoverRule r => new ShiftCover(r),
                WishesRule r => new Wishes(r),
                CostRule r => new Cost(r),
                BudgetRule r => new Budget(r),
                StabilityRule r => new Stability(r),
                PreferencesRule r => new Preferences(r),
                FairWishShareRule r => new FairWishShare(r),
                FairNightsRule r => new FairNights(r),
                FairWeekendsRule r => new FairWeekends(r),
                FairHolidaysRule r => new FairHolidays(r),
                DemandMinimumRule or DemandIdealRule or DemandSurplusRule => null,
                _ => throw new NotSupportedException($"the solver has no constraint family for rule '{rule.Id}'"),
            };
            if (family is not null) yield return (rule.Id, family);
        }

        var minimum = pack.Get<DemandMinimumRule>();
        var ideal = pack.Get<DemandIdealRule>();
        var surplus = pack.Get<DemandSurplusRule>();
        if (minimum is not null || ideal is not null || surplus is not null)
            yield return (RuleIds.DemandMinimum, new DemandCurveCover(minimum, ideal, surplus));
    }
}
