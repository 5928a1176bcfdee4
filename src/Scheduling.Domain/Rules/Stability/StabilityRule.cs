namespace Scheduling.Domain.Rules;

/// <summary>
/// Soft: when re-planning, change as few shifts of a reference roster as possible (DOMAIN.md objective 7).
/// Each employee × day whose shift (or day off) differs from <see cref="Reference"/> costs the weight; without
/// a reference (as read from a rule pack, before the service names the roster to keep) nothing counts. With
/// <see cref="Today"/> (a re-plan after an absence), a change close to today costs more: weight × (1 + the days the
/// changed day lies inside the <see cref="NoticeDays"/>-day notice), so tomorrow's shift costs 14 × the weight (13
/// days inside), one 13 days ahead 2 ×, one 14 days or more ahead 1 ×; today and days past cost the most, 15 ×.
/// Assignments of the reference outside the problem's employees or period are ignored. Unit: a changed day, × (1 + its
/// days inside the notice) when <see cref="Today"/> is given.
/// </summary>
public sealed record StabilityRule : Rule
{
    /// <summary>The weight when a rule pack does not name one: above a refused wish, below a slot short of the minimum.</summary>
    public const long DefaultWeight = 3000;

    /// <summary>The notice before a published shift may be changed without the employee's consent (ATL §12, AB: 14 days).</summary>
    public const int NoticeDays = Replacements.ReplacementFinder.NoticeDays;

    public StabilityRule(long weight = DefaultWeight, Roster? reference = null, string source = "")
        : base(source, Enforcement.Soft(weight)) =>
        Reference = reference;

    public Roster? Reference { get; init; }

    /// <summary>The day the re-plan is made (in the period's zone); null: every changed day costs the same.</summary>
    public NodaTime.LocalDate? Today { get; init; }

    public override string Id => RuleIds.Stability;
    public override string Unit => "day changed from the reference roster (× 1 + its days inside the notice, when re-planning from today)";

    /// <summary>What changing <paramref name="date"/> counts: 1, or 1 + its days inside the notice from <see cref="Today"/>.</summary>
    public long ChangeUnits(NodaTime.LocalDate date) =>
        Today is { } today ? 1 + Math.Clamp(NoticeDays - NodaTime.Period.DaysBetween(today, date), 0, NoticeDays) : 1;

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<StabilityRule> Definition { get; } = new(
        new RuleDescription(RuleIds.Stability, RuleKind.UnitPolicy, new("få ändringar vid omplanering", "few changes when re-planning"), new("omplanering: ändra så få pass som möjligt", "re-planning: change as few shifts as possible")),
        "weight (3000)",
        read: i => new StabilityRule(i.Weight(DefaultWeight)),
        check: rule => new StabilityCheck(rule));
}
