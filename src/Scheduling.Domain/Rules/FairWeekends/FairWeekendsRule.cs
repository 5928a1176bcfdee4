using System.Collections.Immutable;
using NodaTime;
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
}
