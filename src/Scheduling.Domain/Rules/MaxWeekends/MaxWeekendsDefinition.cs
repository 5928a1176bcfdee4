namespace Scheduling.Domain.Rules;

/// <summary><c>max-weekends</c>: the definition of <see cref="MaxWeekendsRule"/>, its texts, reading and check.</summary>
internal sealed class MaxWeekendsDefinition() : RuleDefinition<MaxWeekendsRule>(
    new RuleDescription(RuleIds.MaxWeekends, RuleKind.UnitPolicy, new("högsta antal arbetshelger", "maximum weekends worked"), new("praxis: varannan helg", "common practice: every other weekend")),
    "defaultMaximum or oneWeekendPerDays (none), weekendDays ([SATURDAY, SUNDAY])")
{
    private protected override MaxWeekendsRule ReadRule(RuleInput i) => new MaxWeekendsRule(DefaultMaximum(i), i.Parameters.Days("weekendDays"), enforcement: i.HardUnlessWeighted);

    private protected override Checking.IRuleCheck Check(MaxWeekendsRule rule) => new MaxWeekendsCheck(rule);

    /// <summary>
    /// The default maximum: <c>defaultMaximum</c>, or one weekend per <c>oneWeekendPerDays</c> days of the period
    /// rounded up (14: every other weekend), or none (each employee's own limit).
    /// </summary>
    private static int? DefaultMaximum(RuleInput i)
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
