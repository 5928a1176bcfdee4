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

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<MaxWeekendsRule> Definition { get; } = new(
        new RuleDescription(RuleIds.MaxWeekends, RuleKind.UnitPolicy, new("högsta antal arbetshelger", "maximum weekends worked"), new("praxis: varannan helg", "common practice: every other weekend")),
        "defaultMaximum or oneWeekendPerDays (none), weekendDays ([SATURDAY, SUNDAY])",
        read: i => new MaxWeekendsRule(ReadDefaultMaximum(i), i.Parameters.Days("weekendDays"), enforcement: i.HardUnlessWeighted),
        check: rule => new MaxWeekendsCheck(rule));

    /// <summary>
    /// The default maximum: <c>defaultMaximum</c>, or one weekend per <c>oneWeekendPerDays</c> days of the period
    /// rounded up (14: every other weekend), or none (each employee's own limit).
    /// </summary>
    private static int? ReadDefaultMaximum(RuleInput i)
    {
        var maximum = i.Parameters.Int("defaultMaximum");
        var perDays = i.Parameters.Int("oneWeekendPerDays");
        if (perDays is null) return maximum;
        if (maximum is not null)
        {
            i.Errors.Add($"{i.Field}.parameters.oneWeekendPerDays", "give defaultMaximum or oneWeekendPerDays, not both");
            return maximum;
        }

        if (perDays < 1)
        {
            i.Errors.Add($"{i.Field}.parameters.oneWeekendPerDays", "must be at least 1");
            return null;
        }

        return i.Period is { } period ? (period.Days + perDays.Value - 1) / perDays.Value : null;
    }
}
