namespace Scheduling.Domain.Rules;

/// <summary>
/// Soft: when re-planning, change as few shifts of a reference roster as possible (DOMAIN.md objective 7).
/// Each employee × day whose shift (or day off) differs from <see cref="Reference"/> costs the weight; without
/// a reference (as read from a rule pack, before the service names the roster to keep) nothing counts.
/// Assignments of the reference outside the problem's employees or period are ignored. Unit: a changed day.
/// </summary>
public sealed record StabilityRule : Rule
{
    /// <summary>The weight when a rule pack does not name one: above a refused wish, below a slot short of the minimum.</summary>
    public const long DefaultWeight = 3000;

    public StabilityRule(long weight = DefaultWeight, Roster? reference = null, string source = "")
        : base(source, Enforcement.Soft(weight)) =>
        Reference = reference;

    public Roster? Reference { get; init; }
    public override string Id => RuleIds.Stability;
    public override string Unit => "day changed from the reference roster";
}
