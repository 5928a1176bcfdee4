namespace Scheduling.Domain.Rules;

/// <summary>
/// Övertid: each employee's overtime is within the law's caps (ATL §8: allmän övertid at most 48 h per 4 weeks, or 50 h
/// per calendar month, and at most 200 h per calendar year). Overtime is counted as the cost model counts övertid
/// (<see cref="Cost.ExtraHours"/>): the minutes worked beyond full time (working time less the hour a shift gains when
/// the clock falls back, which is paid as overtime on its own day and is not counted here); an employee without an
/// employment rate has no full time and so no overtime.
/// <list type="bullet">
/// <item>The short cap, per window: the period is cut into windows of 4 weeks from its first day (or, with
/// <see cref="PerCalendarMonth"/>, into calendar months); in each, the minutes worked beyond full time for the window's
/// days (weekly full time × days ÷ 7, less the time bank in the window holding the period's first day) are at most
/// <see cref="PerFourWeeks"/> × days ÷ 28 (or <see cref="PerMonth"/> × days ÷ the month's days): a shorter window is
/// held pro rata. With history, the first window reaches back into it up to 4 weeks (or to the month's first day), as
/// far as the history goes, and counts the minutes worked there; the time bank, which stands for those earlier hours,
/// is then not taken off too. Where the history alone already passes the cap, the period may add nothing more in that
/// window, and only what it adds is charged.</item>
/// <item>The year cap, per period: the period's overtime (settled over the period, time bank included, as the cost
/// model pays it) is at most what the year's <see cref="PerYear"/> leaves after the overtime worked earlier in the
/// calendar year of the period's first day (<see cref="WorkingTimeContract.OvertimeBeforePeriod"/>, carried from the
/// earlier periods); when that is not known, at most <see cref="PerYear"/> × days ÷ 365 (pro rata).</item>
/// </list>
/// Each cap is rounded down to the minute. Unit: a minute of overtime over a cap, per employee and window (or year).
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
    public override string Unit => "minute of overtime over a cap, per window or year";

    /// <summary>The short cap of a window of <paramref name="days"/> days of a month of <paramref name="monthDays"/> days (the month's only with <see cref="PerCalendarMonth"/>).</summary>
    public long WindowCapMinutes(int days, int monthDays) =>
        PerCalendarMonth ? (long)PerMonth.TotalMinutes * days / monthDays : (long)PerFourWeeks.TotalMinutes * days / 28;

    /// <summary>
    /// The year cap of a period of <paramref name="days"/> days: what the year's cap leaves after <paramref name="before"/>,
    /// the overtime worked earlier in the year, or the cap pro rata when that is not known.
    /// </summary>
    public long YearCapMinutes(int days, Duration? before) =>
        before is { } b ? Math.Max(0, (long)(PerYear - b).TotalMinutes) : (long)PerYear.TotalMinutes * days / 365;

    public static readonly Duration LawPerFourWeeks = Duration.FromHours(48);
    public static readonly Duration LawPerMonth = Duration.FromHours(50);
    public static readonly Duration LawPerYear = Duration.FromHours(200);

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<OvertimeRule> Definition { get; } = new(
        new RuleDescription(RuleIds.Overtime, RuleKind.Law, new("övertid", "overtime"), new("arbetstidslagen 8 §", "Working Hours Act § 8"), new("högst 48 timmar per 4 veckor eller 50 timmar per månad och 200 timmar per år, alltid hård", "at most 48 h per 4 weeks or 50 h per month, and 200 h per year, always hard")),
        "perFourWeeksMinutes (2880), perMonthMinutes (3000), perCalendarMonth (false), perYearMinutes (12000)",
        read: i => new(
            i.Parameters.Minutes("perFourWeeksMinutes", 48 * 60),
            i.Parameters.Minutes("perMonthMinutes", 50 * 60),
            i.Parameters.Bool("perCalendarMonth"),
            i.Parameters.Minutes("perYearMinutes", 200 * 60),
            enforcement: i.HardUnlessWeighted),
        check: rule => new OvertimeCheck(rule),
        limits:
        [
            new("perFourWeeksMinutes", rule => rule.PerFourWeeks > LawPerFourWeeks, $"must be at most {(long)LawPerFourWeeks.TotalMinutes} (48 h, ATL § 8): a unit's pack may lower the cap, not raise it"),
            new("perMonthMinutes", rule => rule.PerMonth > LawPerMonth, $"must be at most {(long)LawPerMonth.TotalMinutes} (50 h, ATL § 8): a unit's pack may lower the cap, not raise it"),
            new("perYearMinutes", rule => rule.PerYear > LawPerYear, $"must be at most {(long)LawPerYear.TotalMinutes} (200 h, ATL § 8): a unit's pack may lower the cap, not raise it"),
        ]);
}
