using NodaTime;

namespace Scheduling.Domain.Rules;

/// <summary>
/// Sammanlagd arbetstid: each employee's total working time, overtime and mertid included, is at most
/// <see cref="MaximumWeekly"/> a week on average over <see cref="ReferenceMonths"/> calendar months (ATL §10b: 48 h over at
/// most 4 months). Working time is the real length of each shift less its unpaid break, counted on its start date. The
/// period is cut into windows of the reference months from its first day; a window shorter than that (as every period of
/// 4–16 weeks is) is held to the average pro rata (maximum × its days ÷ 7, rounded down to the minute). With history,
/// the first window reaches back into it up to the full reference months, counting the minutes worked there. Unit: a minute over, per employee and window.
/// </summary>
public sealed record TotalHoursRule : Rule
{
    public TotalHoursRule(Duration maximumWeekly, int referenceMonths, string source = "", Enforcement? enforcement = null)
        : base(source, enforcement ?? Enforcement.Hard)
    {
        if (maximumWeekly <= Duration.Zero || maximumWeekly > Duration.FromDays(7))
            throw new DomainException("total-hours: the weekly maximum must be more than 0 and at most a week");
        if (referenceMonths < 1) throw new DomainException("total-hours: the reference period must be at least 1 month");
        MaximumWeekly = maximumWeekly;
        ReferenceMonths = referenceMonths;
    }

    public Duration MaximumWeekly { get; }
    public int ReferenceMonths { get; }
    public override string Id => RuleIds.TotalHours;
    public override string Unit => "minute over the average, per reference window";
}
