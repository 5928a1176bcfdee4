using NodaTime;

namespace Scheduling.Domain.Rules;

/// <summary>
/// Övertid: each employee's overtime is within the law's caps (ATL §8: allmän övertid at most 48 h per 4 weeks, or 50 h
/// per calendar month, and at most 200 h per calendar year). Overtime is what the cost model counts as övertid
/// (<see cref="Cost.ExtraHours"/>): the minutes worked in the period beyond full time for the period less the time bank
/// (working time less the hour a shift gains when the clock falls back, which is paid as overtime on its own day and is
/// not counted here); an employee without an employment rate has no full time and so no overtime. Overtime is settled
/// over the whole period, so each cap is held pro rata to the period's length: <see cref="PerFourWeeks"/> × days ÷ 28
/// (or, with <see cref="PerCalendarMonth"/>, <see cref="PerMonth"/> × days × 12 ÷ 365) and <see cref="PerYear"/> × days
/// ÷ 365, each rounded down to the minute; the tighter one binds. Overtime worked in earlier periods of the month or year
/// is not counted. Unit: a minute of overtime over the tighter cap, per employee.
/// </summary>
public sealed record OvertimeRule : Rule
{
    public OvertimeRule(Duration perFourWeeks, Duration perMonth, bool perCalendarMonth, Duration perYear, string source = "", Enforcement? enforcement = null)
        : base(source, enforcement ?? Enforcement.Hard)
    {
        if (perFourWeeks < Duration.Zero || perMonth < Duration.Zero || perYear < Duration.Zero)
            throw new DomainException("overtime: the caps must not be negative");
        PerFourWeeks = perFourWeeks;
        PerMonth = perMonth;
        PerCalendarMonth = perCalendarMonth;
        PerYear = perYear;
    }

    public Duration PerFourWeeks { get; }
    public Duration PerMonth { get; }

    /// <summary>Whether the short cap is the one per calendar month (50 h) rather than per 4 weeks (48 h).</summary>
    public bool PerCalendarMonth { get; }

    public Duration PerYear { get; }
    public override string Id => RuleIds.Overtime;
    public override string Unit => "minute of overtime over the cap";

    /// <summary>The cap for a period of <paramref name="days"/> days: the tighter of the short and the yearly cap, pro rata.</summary>
    public long CapMinutes(int days)
    {
        var shortCap = PerCalendarMonth ? (long)PerMonth.TotalMinutes * days * 12 / 365 : (long)PerFourWeeks.TotalMinutes * days / 28;
        var yearCap = (long)PerYear.TotalMinutes * days / 365;
        return Math.Min(shortCap, yearCap);
    }
}
