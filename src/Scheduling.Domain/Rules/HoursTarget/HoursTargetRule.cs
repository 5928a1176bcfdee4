namespace Scheduling.Domain.Rules;

/// <summary>Soft: working minutes close to the target from the employment rate. Unit: a minute away from the target.</summary>
public sealed record HoursTargetRule : Rule
{
    public HoursTargetRule(long weightPerMinute, string source = "")
        : base(source, Enforcement.Soft(weightPerMinute))
    {
    }

    public override string Id => RuleIds.HoursTarget;
    public override string Unit => "minute away from target";
}
