namespace Scheduling.Domain.Rules;

/// <summary><c>fair-weekends</c>: the definition of <see cref="FairWeekendsRule"/>, its texts, reading and check.</summary>
internal sealed class FairWeekendsDefinition() : RuleDefinition<FairWeekendsRule>(
    new RuleDescription(RuleIds.FairWeekends, RuleKind.UnitPolicy, new("rättvis fördelning av helger", "fair share of weekends"), new("rättvis fördelning av helger efter sysselsättningsgrad (praxis)", "weekends shared fairly by employment rate (common practice)")),
    "weight (1), toleranceHundredths (100), weekendDays ([SATURDAY, SUNDAY])")
{
    private protected override FairWeekendsRule ReadRule(RuleInput i) => new FairWeekendsRule(i.Weight(FairShareRule.DefaultWeight), i.Parameters.Int("toleranceHundredths") ?? FairShareRule.DefaultTolerance, i.Parameters.Days("weekendDays"));

    private protected override Checking.IRuleCheck Check(FairWeekendsRule rule) => new FairWeekendsCheck(rule);
}
