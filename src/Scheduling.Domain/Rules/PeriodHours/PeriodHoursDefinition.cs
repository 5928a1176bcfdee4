namespace Scheduling.Domain.Rules;

/// <summary><c>period-hours</c>: the definition of <see cref="PeriodHoursRule"/>, its texts, reading and check.</summary>
internal sealed class PeriodHoursDefinition() : RuleDefinition<PeriodHoursRule>(
    new RuleDescription(RuleIds.PeriodHours, RuleKind.Agreement, new("arbetstid inom avtalets gränser", "hours within the contract's bounds"), new("AB; anställningsavtalets sysselsättningsgrad", "AB; the employment rate in the contract (sysselsättningsgrad)")),
    "—")
{
    private protected override PeriodHoursRule ReadRule(RuleInput i) => new PeriodHoursRule() with { Enforcement = i.HardUnlessWeighted };

    private protected override Checking.IRuleCheck Check(PeriodHoursRule rule) => new PeriodHoursCheck(rule);
}
