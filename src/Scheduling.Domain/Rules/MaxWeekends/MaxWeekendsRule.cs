using System.Collections.Immutable;
using NodaTime;

namespace Scheduling.Domain.Rules;

/// <summary>
/// At most N weekends worked in the period. A weekend is worked when any shift starts on one of
/// <see cref="WeekendDays"/> of it; weekends are numbered by ISO week. Unit: one weekend too many.
/// </summary>
public sealed record MaxWeekendsRule : Rule
{
    public MaxWeekendsRule(int? defaultMaximum = null, ImmutableArray<IsoDayOfWeek> weekendDays = default, string source = "", Enforcement? enforcement = null)
        : base(source, enforcement ?? Enforcement.Hard)
    {
        DefaultMaximum = defaultMaximum;
        WeekendDays = weekendDays.IsDefaultOrEmpty ? [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday] : weekendDays;
    }

    public int? DefaultMaximum { get; }
    public ImmutableArray<IsoDayOfWeek> WeekendDays { get; }
    public override string Id => RuleIds.MaxWeekends;
    public override string Unit => "weekend too many";
}
