namespace Scheduling.Domain.Rules;

/// <summary><c>preferences</c>: the definition of <see cref="PreferencesRule"/>, its texts, reading and check.</summary>
internal sealed class PreferencesDefinition : RuleDefinition<PreferencesRule>
{
    public PreferencesDefinition()
        : base(new RuleDescription(
            RuleIds.Preferences,
            RuleKind.UnitPolicy,
            new RuleText("stående önskemål", "standing preferences"),
            new RuleText("önskeschemat: stående önskemål", "the wish schedule: standing preferences")))
    {
    }

    public override string ParameterDefaults => "weight (1, times each preference's own weight)";

    private protected override PreferencesRule ReadRule(RuleInput i) => new PreferencesRule(i.Weight(PreferencesRule.DefaultMultiplier));

    private protected override Checking.IRuleCheck Check(PreferencesRule rule) => new PreferencesCheck(rule);
}
