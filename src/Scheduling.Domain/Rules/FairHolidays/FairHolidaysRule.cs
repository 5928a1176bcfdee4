using Scheduling.Domain.Fairness;

namespace Scheduling.Domain.Rules;

/// <summary>
/// Soft: shifts starting on a holiday (a public holiday by Lag 1989:253 or an eve the agreement treats as one)
/// spread by fair share. Unit: a hundredth of a holiday shift beyond the tolerance.
/// </summary>
public sealed record FairHolidaysRule : FairShareRule
{
    public FairHolidaysRule(long weight, long tolerance = 100, string source = "")
        : base(weight, tolerance, source)
    {
    }

    public override string Id => RuleIds.FairHolidays;
    public override string Unit => "hundredth of a holiday shift beyond the tolerance";
    public override FairBurden Burden => FairBurden.Holidays;

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<FairHolidaysRule> Definition { get; } = new(
        new RuleDescription(RuleIds.FairHolidays, RuleKind.UnitPolicy, new("rättvis fördelning av helgdagar", "fair share of holidays"), new("rättvis fördelning av pass på helgdagar (lagen 1989:253 om allmänna helgdagar; AB)", "holiday shifts shared fairly (Public Holidays Act 1989:253; AB)")),
        ShareParameters,
        read: i => ReadShare(i, (weight, tolerance) => new FairHolidaysRule(weight, tolerance)),
        check: rule => new FairHolidaysCheck(rule));
}
