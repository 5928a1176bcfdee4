using NodaTime;

namespace Scheduling.Domain.Rules;

/// <summary>Rule packs shipped with the engine.</summary>
public static class RulePacks
{
    public const string SwedishCareId = "se-atl-ab-2025";

    /// <summary>
    /// Arbetstidslagen and AB for 24/7 municipal care, as listed in DOMAIN.md, with a unit's usual
    /// policies: every other weekend (half the period's weekends, rounded up), at most 6 days in a row, each
    /// employee's own limits,
    /// the demand curve's minimum far above its ideal, and the hours target weighed per minute; with
    /// <paramref name="withCost"/>, the cost rule at a krona per unit, weighed after coverage and hours.
    /// </summary>
    public static RulePack SwedishCare(SchedulePeriod period, bool withCost = false) => new(SwedishCareId,
    [
        new DailyRestRule(Duration.FromHours(11), "ATL §13; AB since 2023-10-01"),
        new WeeklyRestRule(Duration.FromHours(36), 7, "ATL §14"),
        new MaxShiftLengthRule(Duration.FromHours(13), "AB"),
        new PeriodHoursRule("AB; sysselsättningsgrad ± tolerance"),
        new HoursTargetRule(1),
        new MaxConsecutiveDaysRule(6, "unit policy"),
        // Without defaults these bind only where an employee's contract sets a limit.
        new MaxShiftsPerTemplateRule(),
        new MinConsecutiveDaysRule(),
        new MinConsecutiveDaysOffRule(),
        new MaxWeekendsRule((int)Math.Ceiling(period.Days / 14.0), source: "practice: every other weekend"),
        new AvailabilityRule(),
        new CompetenceRule(),
        new PinsRule(),
        new ShiftCoverRule(),
        new DemandMinimumRule(level: Enforcement.Soft(1000)),
        new DemandIdealRule(100),
        new DemandSurplusRule(5),
        new WishesRule(),
        .. withCost ? [new CostRule()] : Array.Empty<Rule>(),
    ]);
}
