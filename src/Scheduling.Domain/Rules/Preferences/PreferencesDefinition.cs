namespace Scheduling.Domain.Rules;

/// <summary><c>preferences</c>: the definition of <see cref="PreferencesRule"/>, its texts, reading and check.</summary>
internal sealed class PreferencesDefinition() : RuleDefinition<PreferencesRule>(
    new RuleDescription(RuleIds.Preferences, RuleKind.UnitPolicy, new("stående önskemål", "standing preferences"), new("önskeschemat: stående önskemål", "the wish schedule: standing preferences")),
    "weight (1, times each preference's own weight)")
{
    private protected override PreferencesRule ReadRule(RuleInput i) => new PreferencesRule(i.Weight(PreferencesRule.DefaultMultiplier));

    private protected override Checking.IRuleCheck Check(PreferencesRule rule) => new PreferencesCheck(rule);
}
