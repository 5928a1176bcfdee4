namespace Scheduling.Domain.Rules;

/// <summary>
/// Soft: standing preferences (stående önskemål: no nights, free on Wednesdays, at most one weekend, …); each
/// shift against one costs the preference's weight times the rule's multiplier (each weekend too many for
/// at-most-weekends). Unit: a preference's weight, per shift against it.
/// </summary>
public sealed record PreferencesRule : Rule
{
    /// <summary>The multiplier of each preference's own weight.</summary>
    public const long DefaultMultiplier = 1;

    public PreferencesRule(long multiplier = 1, string source = "")
        : base(source, Enforcement.Soft(multiplier))
    {
    }

    public override string Id => RuleIds.Preferences;
    public override string Unit => "weight of a preference, per shift against it";

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<PreferencesRule> Definition { get; } = new(
        new RuleDescription(RuleIds.Preferences, RuleKind.UnitPolicy, new("stående önskemål", "standing preferences"), new("önskeschemat: stående önskemål", "the wish schedule: standing preferences")),
        "weight (1, times each preference's own weight)",
        read: i => new PreferencesRule(i.Weight(DefaultMultiplier)),
        check: rule => new PreferencesCheck(rule));
}
