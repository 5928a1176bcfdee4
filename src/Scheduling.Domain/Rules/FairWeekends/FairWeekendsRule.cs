using Scheduling.Domain.Fairness;

namespace Scheduling.Domain.Rules;

/// <summary>
/// Soft: weekends worked (a shift starting on one of <see cref="WeekendDays"/>, weekends numbered by ISO week)
/// spread by fair share. Unit: a hundredth of a weekend beyond the tolerance.
/// </summary>
public sealed record FairWeekendsRule : FairShareRule
{
    public FairWeekendsRule(long weight, long tolerance = 100, ImmutableArray<IsoDayOfWeek> weekendDays = default, string source = "")
        : base(weight, tolerance, source) =>
        WeekendDays = weekendDays.IsDefaultOrEmpty ? [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday] : weekendDays;

    public ImmutableArray<IsoDayOfWeek> WeekendDays { get; }
    public override string Id => RuleIds.FairWeekends;
    public override string Unit => "hundredth of a weekend beyond the tolerance";
    public override FairBurden Burden => FairBurden.Weekends;

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<FairWeekendsRule> Definition { get; } = new(
        new RuleDescription(RuleIds.FairWeekends, RuleKind.UnitPolicy, new("rättvis fördelning av helger", "fair share of weekends"), new("rättvis fördelning av helger efter sysselsättningsgrad (praxis)", "weekends shared fairly by employment rate (common practice)")),
        $"{ShareParameters}, weekendDays ([SATURDAY, SUNDAY])",
        read: i => ReadShare(i, (weight, tolerance) => new FairWeekendsRule(weight, tolerance, i.Parameters.Days("weekendDays"))),
        check: rule => new FairWeekendsCheck(rule));
}
