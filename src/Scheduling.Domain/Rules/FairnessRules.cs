using System.Collections.Immutable;
using NodaTime;
using Scheduling.Domain.Fairness;

namespace Scheduling.Domain.Rules;

/// <summary>
/// Soft: standing preferences (stående önskemål: no nights, free on Wednesdays, at most one weekend, …); each
/// shift against one costs the preference's weight times the rule's multiplier (each weekend too many for
/// at-most-weekends). Unit: a preference's weight, per shift against it.
/// </summary>
public sealed record PreferencesRule : Rule
{
    public PreferencesRule(long multiplier = 1, string source = "önskeschema: stående önskemål")
        : base(source, Enforcement.Soft(multiplier))
    {
    }

    public override string Id => RuleIds.Preferences;
    public override string Unit => "weight of a preference, per shift against it";
}

/// <summary>
/// Soft: the share of each employee's wish weight that is refused is balanced across employees (DOMAIN.md,
/// objective 4: wishes granted fairly). Per employee with wishes, the refused share in whole percent (rounded
/// down) plus the ledger's carried deficit is charged on an escalating scale: every percent above 0, again every
/// percent above <see cref="StepPercent"/>, again above twice it, … (breakpoints below 100), so refusing one more
/// wish of someone who already lost many costs more than refusing one of someone who lost none.
/// Unit: an escalated percentage point of refused wish weight.
/// </summary>
public sealed record FairWishShareRule : Rule
{
    public FairWishShareRule(long weight, int stepPercent = 25, string source = "önskeschema: rättvis fördelning (DOMAIN.md objective 4)")
        : base(source, Enforcement.Soft(weight))
    {
        if (stepPercent is < 1 or > 100) throw new DomainException("fair-wish-share: step must be between 1 and 100 percent");
        StepPercent = stepPercent;
    }

    public int StepPercent { get; }
    public override string Id => RuleIds.FairWishShare;
    public override string Unit => "escalated percentage point of refused wish weight";

    /// <summary>The breakpoints of the escalating scale: 0, step, 2 × step, … below 100.</summary>
    public IEnumerable<int> Breakpoints => Enumerable.Range(0, (99 / StepPercent) + 1).Select(k => k * StepPercent);
}

/// <summary>
/// Soft: a burden (nights, weekends, holidays) is spread by fair share. Among the employees who share it (see
/// <see cref="FairShareBasis"/>) with weights w and total W, and the ledger's carried over-share c (hundredths),
/// employee e's deviation in hundredths is |W·(100·n_e + c_e) − w_e·(100·N + C)| ÷ W rounded down, where n_e is
/// what e works of the burden and N, C the sums over the sharers: the cumulative count against the cumulative
/// fair share. Each hundredth beyond <see cref="ToleranceHundredths"/> costs the weight.
/// Unit: a hundredth of a shift (weekend) beyond the tolerance.
/// </summary>
public abstract record FairShareRule : Rule
{
    protected FairShareRule(long weight, long toleranceHundredths, string source)
        : base(source, Enforcement.Soft(weight))
    {
        if (toleranceHundredths < 0) throw new DomainException("a fair-share rule's tolerance must not be negative");
        ToleranceHundredths = toleranceHundredths;
    }

    /// <summary>Deviation from the fair share that costs nothing, in hundredths (100: one shift either side).</summary>
    public long ToleranceHundredths { get; }

    public abstract FairBurden Burden { get; }
}

/// <summary>Soft: night shifts (templates of kind night) spread by fair share among the night-capable staff. Unit: a hundredth of a night beyond the tolerance.</summary>
public sealed record FairNightsRule : FairShareRule
{
    public FairNightsRule(long weight, long tolerance = 100, string source = "rättvis fördelning av nattpass efter sysselsättningsgrad (unit policy)")
        : base(weight, tolerance, source)
    {
    }

    public override string Id => RuleIds.FairNights;
    public override string Unit => "hundredth of a night beyond the tolerance";
    public override FairBurden Burden => FairBurden.Nights;
}

/// <summary>
/// Soft: weekends worked (a shift starting on one of <see cref="WeekendDays"/>, weekends numbered by ISO week)
/// spread by fair share. Unit: a hundredth of a weekend beyond the tolerance.
/// </summary>
public sealed record FairWeekendsRule : FairShareRule
{
    public FairWeekendsRule(long weight, long tolerance = 100, ImmutableArray<IsoDayOfWeek> weekendDays = default, string source = "rättvis fördelning av helger efter sysselsättningsgrad (practice)")
        : base(weight, tolerance, source) =>
        WeekendDays = weekendDays.IsDefaultOrEmpty ? [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday] : weekendDays;

    public ImmutableArray<IsoDayOfWeek> WeekendDays { get; }
    public override string Id => RuleIds.FairWeekends;
    public override string Unit => "hundredth of a weekend beyond the tolerance";
    public override FairBurden Burden => FairBurden.Weekends;
}

/// <summary>
/// Soft: shifts starting on a holiday (a public holiday by Lag 1989:253 or an eve the agreement treats as one)
/// spread by fair share. Unit: a hundredth of a holiday shift beyond the tolerance.
/// </summary>
public sealed record FairHolidaysRule : FairShareRule
{
    public FairHolidaysRule(long weight, long tolerance = 100, string source = "rättvis fördelning av helgdagspass (Lag 1989:253; AB)")
        : base(weight, tolerance, source)
    {
    }

    public override string Id => RuleIds.FairHolidays;
    public override string Unit => "hundredth of a holiday shift beyond the tolerance";
    public override FairBurden Burden => FairBurden.Holidays;
}
