using NodaTime;

namespace Scheduling.Domain.Rules;

/// <summary>Rule packs shipped with the engine.</summary>
public static class RulePacks
{
    public const string SwedishCareId = "se-atl-ab-2025";

    /// <summary>fair-wish-share: per escalated percentage point of refused wish weight (one of three equal wishes refused ≈ 41 points, about two wishes of weight 20).</summary>
    public const long FairWishShareWeight = 1;

    /// <summary>fair-nights, fair-weekends, fair-holidays: per hundredth beyond the tolerance, so 100 per shift (weekend) beyond it.</summary>
    public const long FairBurdenWeight = 1;

    /// <summary>Deviation from the fair share that costs nothing: one shift (weekend) either side, in hundredths.</summary>
    public const long FairShareTolerance = 100;

    /// <summary>preferences: the multiplier of each preference's own weight.</summary>
    public const long PreferencesMultiplier = 1;

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
        new PreferencesRule(PreferencesMultiplier),
        new FairWishShareRule(FairWishShareWeight),
        new FairNightsRule(FairBurdenWeight, FairShareTolerance),
        new FairWeekendsRule(FairBurdenWeight, FairShareTolerance),
        new FairHolidaysRule(FairBurdenWeight, FairShareTolerance),
        .. withCost ? [new CostRule()] : Array.Empty<Rule>(),
    ]);
}
