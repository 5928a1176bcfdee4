namespace Scheduling.Domain.Payroll;

/// <summary>
/// One employee's payroll figures for a schedule period: a <see cref="PayrollDay"/> for each day they work or are
/// away, and the period's totals. Mertid and övertid are settled over the period, as the agreement settles
/// averaged working time at the period's end (<see cref="Cost.ExtraHours"/>), so they belong to no single day; the
/// days carry only the autumn clock change's extra hour as overtime.
/// </summary>
public sealed record PayrollEmployee
{
    /// <param name="employee">Who.</param>
    /// <param name="name">The name shown on payroll.</param>
    /// <param name="days">The days with a shift or an absence, in date order.</param>
    /// <param name="unsocialWindows">How many OB windows each day's figures hold (the period's table).</param>
    /// <param name="target">The hours the contract asks for in the period, less the time bank; null without an employment rate.</param>
    /// <param name="fullTime">Full time for the period, less the time bank; null without an employment rate.</param>
    /// <param name="mertid">Hours beyond <paramref name="target"/> up to <paramref name="fullTime"/>.</param>
    /// <param name="periodOvertime">Hours beyond <paramref name="fullTime"/> (the days' autumn hours not included).</param>
    public PayrollEmployee(EmployeeId employee, string name, ImmutableArray<PayrollDay> days, int unsocialWindows,
        Duration? target, Duration? fullTime, Duration mertid, Duration periodOvertime)
    {
        Days = days.IsDefault ? [] : days;
        for (var i = 0; i < Days.Length; i++)
        {
            if (i > 0 && Days[i - 1].Date >= Days[i].Date) throw new DomainException($"payroll of {employee}: days must be in date order, each once");
            if (Days[i].UnsocialHours.Length != unsocialWindows)
                throw new DomainException($"payroll of {employee} on {Days[i].Date:uuuu-MM-dd}: {Days[i].UnsocialHours.Length} OB figures for {unsocialWindows} windows");
        }

        if (mertid < Duration.Zero || periodOvertime < Duration.Zero) throw new DomainException($"payroll of {employee}: mertid and overtime must not be negative");
        Employee = employee;
        Name = string.IsNullOrWhiteSpace(name) ? employee.Value : name;
        Target = target;
        FullTime = fullTime;
        Mertid = mertid;
        PeriodOvertime = periodOvertime;
        Worked = Days.Aggregate(Duration.Zero, (sum, d) => sum + d.Worked);
        UnsocialHours = [.. Enumerable.Range(0, unsocialWindows).Select(w => Days.Aggregate(Duration.Zero, (sum, d) => sum + d.UnsocialHours[w]))];
        Overtime = Days.Aggregate(periodOvertime, (sum, d) => sum + d.Overtime);
        AbsenceDays = Days.Count(d => d.Absence is not null);
    }

    public EmployeeId Employee { get; }
    public string Name { get; }
    public ImmutableArray<PayrollDay> Days { get; }
    public Duration? Target { get; }
    public Duration? FullTime { get; }

    /// <summary>Mertid of the period.</summary>
    public Duration Mertid { get; }

    /// <summary>Övertid beyond full time over the period, without the days' autumn hours.</summary>
    public Duration PeriodOvertime { get; }

    /// <summary>Hours worked in the period: the sum of the days.</summary>
    public Duration Worked { get; }

    /// <summary>OB time per window over the period: the sums of the days.</summary>
    public ImmutableArray<Duration> UnsocialHours { get; }

    /// <summary>All övertid of the period: <see cref="PeriodOvertime"/> and the days' autumn hours.</summary>
    public Duration Overtime { get; }

    /// <summary>Days with an absence.</summary>
    public int AbsenceDays { get; }
}
