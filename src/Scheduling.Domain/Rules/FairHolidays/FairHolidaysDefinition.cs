namespace Scheduling.Domain.Rules;

/// <summary><c>fair-holidays</c>: the definition of <see cref="FairHolidaysRule"/>, its texts, reading and check.</summary>
internal sealed class FairHolidaysDefinition() : RuleDefinition<FairHolidaysRule>(
    new RuleDescription(RuleIds.FairHolidays, RuleKind.UnitPolicy, new("rättvis fördelning av helgdagar", "fair share of holidays"), new("rättvis fördelning av pass på helgdagar (lagen 1989:253 om allmänna helgdagar; AB)", "holiday shifts shared fairly (Public Holidays Act 1989:253; AB)")),
    "weight (1), toleranceHundredths (100)")
{
    private protected override FairHolidaysRule ReadRule(RuleInput i) => new FairHolidaysRule(i.Weight(FairShareRule.DefaultWeight), i.Parameters.Int("toleranceHundredths") ?? FairShareRule.DefaultTolerance);

    private protected override Checking.IRuleCheck Check(FairHolidaysRule rule) => new FairHolidaysCheck(rule);
}
