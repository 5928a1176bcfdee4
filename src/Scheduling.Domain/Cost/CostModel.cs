namespace Scheduling.Domain.Cost;

/// <summary>What a line of a roster's cost pays for.</summary>
public enum CostKind
{
    /// <summary>Grundlön: the hours worked at the employee's hourly pay.</summary>
    Base,

    /// <summary>OB: supplements for unsocial hours.</summary>
    UnsocialHours,

    /// <summary>Mertid: a part-timer's hours beyond the contract up to full time, the supplement above base pay.</summary>
    AdditionalHours,

    /// <summary>Övertid: hours beyond full time, and the extra hour of the autumn DST night; the supplement above base pay.</summary>
    Overtime,

    /// <summary>Vikarier: substitutes for the need the roster leaves below the minimum.</summary>
    Substitutes,
}

/// <summary>An employee's monthly pay at full time (heltidslön), in kronor.</summary>
public sealed record EmployeePay
{
    public EmployeePay(EmployeeId employee, decimal monthlyPay)
    {
        if (monthlyPay is <= 0 or > 1_000_000) throw new DomainException($"monthly pay of {employee} must be above 0 and at most 1 000 000 kr, was {monthlyPay}");
        Employee = employee;
        MonthlyPay = monthlyPay;
    }

    public EmployeeId Employee { get; }
    public decimal MonthlyPay { get; }
}

/// <summary>
/// Vikarier: an hour of a substitute costs <see cref="HourlyCost"/> (wage with holiday pay and social fees, or
/// an agency's rate) plus <see cref="MarkupPercent"/> for the agency or the administration of calling one in.
/// </summary>
public sealed record SubstituteCost
{
    public SubstituteCost(decimal hourlyCost, decimal markupPercent)
    {
        if (hourlyCost is <= 0 or > 10_000) throw new DomainException($"substitute hourly cost must be above 0 and at most 10 000 kr, was {hourlyCost}");
        if (markupPercent is < 0 or > 500) throw new DomainException($"substitute markup must be between 0 and 500 percent, was {markupPercent}");
        HourlyCost = hourlyCost;
        MarkupPercent = markupPercent;
    }

    public decimal HourlyCost { get; }
    public decimal MarkupPercent { get; }

    /// <summary>The cost of a substitute hour with the markup, in whole öre.</summary>
    public HourlyRate Rate => HourlyRate.FromKronor(HourlyCost * (1 + (MarkupPercent / 100m)));
}

/// <summary>
/// A unit's cost model for a period, as data with its version and source: pay per employee (full-time monthly
/// pay ÷ <see cref="HourlyDivisor"/> is the hourly pay), the employer's social fees as a factor on all pay, the
/// OB table, the mertid and overtime rates, the autumn DST hour, substitutes and the budget.
/// </summary>
public sealed record CostModel
{
    public CostModel(
        string version,
        string source,
        ImmutableArray<EmployeePay> pay,
        decimal socialFeeFactor,
        UnsocialHoursTable? unsocialHours = null,
        decimal hourlyDivisor = 165m,
        decimal? defaultMonthlyPay = null,
        decimal additionalHoursPercent = 100m,
        decimal overtimePercent = 180m,
        decimal autumnExtraHourPercent = 180m,
        SubstituteCost? substitutes = null,
        long? budget = null)
    {
        if (socialFeeFactor is < 1m or > 3m) throw new DomainException($"social fee factor must be between 1 and 3, was {socialFeeFactor}");
        if (hourlyDivisor is <= 0m or > 1000m) throw new DomainException($"hourly divisor must be above 0 and at most 1000, was {hourlyDivisor}");
        if (defaultMonthlyPay is <= 0 or > 1_000_000) throw new DomainException($"default monthly pay must be above 0 and at most 1 000 000 kr, was {defaultMonthlyPay}");
        foreach (var (percent, what) in new[] { (additionalHoursPercent, "mertid"), (overtimePercent, "overtime"), (autumnExtraHourPercent, "autumn DST hour") })
            if (percent is < 100m or > 500m) throw new DomainException($"{what} pay must be between 100 and 500 percent of hourly pay, was {percent}");
        if (budget is < 0) throw new DomainException($"budget must not be negative, was {budget}");
        Version = string.IsNullOrWhiteSpace(version) ? "unversioned" : version;
        Source = source ?? "";
        Pay = pay.IsDefault ? [] : pay;
        SocialFeeFactor = socialFeeFactor;
        UnsocialHours = unsocialHours ?? UnsocialHoursTable.KommunalHok2026;
        HourlyDivisor = hourlyDivisor;
        DefaultMonthlyPay = defaultMonthlyPay;
        AdditionalHoursPercent = additionalHoursPercent;
        OvertimePercent = overtimePercent;
        AutumnExtraHourPercent = autumnExtraHourPercent;
        Substitutes = substitutes;
        Budget = budget;
        payByEmployee = Pay.GroupBy(p => p.Employee).ToImmutableDictionary(g => g.Key, g => g.First().MonthlyPay);
    }

    private readonly ImmutableDictionary<EmployeeId, decimal> payByEmployee;

    public string Version { get; }
    public string Source { get; }
    public ImmutableArray<EmployeePay> Pay { get; }

    /// <summary>Arbetsgivaravgifter and agreed insurances and pension on top of pay, e.g. 1.4.</summary>
    public decimal SocialFeeFactor { get; }

    public UnsocialHoursTable UnsocialHours { get; }

    /// <summary>Monthly pay ÷ this is the hourly pay (165 in AB for overtime).</summary>
    public decimal HourlyDivisor { get; }

    /// <summary>Pay of an employee not listed in <see cref="Pay"/>; null: every employee must be listed.</summary>
    public decimal? DefaultMonthlyPay { get; }

    /// <summary>Mertid is paid at this percent of hourly pay (100: no supplement above base).</summary>
    public decimal AdditionalHoursPercent { get; }

    /// <summary>Övertid is paid at this percent of hourly pay (AB: 180 enkel, 240 kvalificerad).</summary>
    public decimal OvertimePercent { get; }

    /// <summary>The hour a shift gains when the clock falls back in October is paid at this percent of hourly pay.</summary>
    public decimal AutumnExtraHourPercent { get; }

    /// <summary>The cost of substitutes; null when the unit does not call them in for the need left uncovered.</summary>
    public SubstituteCost? Substitutes { get; }

    /// <summary>The unit's budget for the period, in whole kronor.</summary>
    public long? Budget { get; }

    public decimal? MonthlyPayOf(EmployeeId employee) => payByEmployee.TryGetValue(employee, out var pay) ? pay : DefaultMonthlyPay;

    /// <summary>An hour of the employee's base pay with social fees.</summary>
    public HourlyRate PayRate(EmployeeId employee) => Supplement(employee, 100m);

    /// <summary>The supplement above base pay, with social fees, of an hour paid at <paramref name="percent"/> of hourly pay.</summary>
    public HourlyRate SupplementRate(EmployeeId employee, decimal percent) => Supplement(employee, percent - 100m);

    /// <summary>An hour in an OB window, with social fees.</summary>
    public HourlyRate UnsocialHoursRate(UnsocialHoursWindow window) => HourlyRate.FromKronor(window.KronorPerHour * SocialFeeFactor);

    private HourlyRate Supplement(EmployeeId employee, decimal percent)
    {
        var monthly = MonthlyPayOf(employee) ?? throw new DomainException($"the cost model has no monthly pay for {employee}");
        return HourlyRate.FromKronor(monthly / HourlyDivisor * percent / 100m * SocialFeeFactor);
    }
}
