namespace Scheduling.Domain;

/// <summary>A competence an employee holds, valid from and until the given dates (both inclusive, open when null).</summary>
public sealed record CompetenceGrant(CompetenceId Competence, LocalDate? ValidFrom = null, LocalDate? ValidUntil = null)
{
    /// <summary>The units where the competence counts (a delegation is given for a unit's residents); empty: every unit.</summary>
    public ImmutableArray<UnitId> Units { get; init => field = value.IsDefault ? [] : value; } = [];

    public bool IsValidOn(LocalDate date) =>
        (ValidFrom is not { } from || date >= from) && (ValidUntil is not { } until || date <= until);

    /// <summary>Valid on <paramref name="date"/> at <paramref name="unit"/> (any unit when null).</summary>
    public bool IsValidOn(LocalDate date, UnitId? unit) =>
        IsValidOn(date) && (unit is not { } u || Units.IsEmpty || Units.Contains(u));
}

/// <summary>
/// The working time an employee owes in a period: either a share of full time
/// (sysselsättningsgrad × veckoarbetstid × weeks, less the time bank) with a tolerance either side,
/// or explicit minimum and maximum minutes.
/// </summary>
public sealed record WorkingTimeContract
{
    public WorkingTimeContract(
        EmploymentRate? rate = null,
        Duration? fullTimeWeekly = null,
        Duration? tolerance = null,
        Duration? minimumTotal = null,
        Duration? maximumTotal = null,
        Duration timeBankBalance = default)
    {
        if (rate is not null && fullTimeWeekly is not { } ft)
            throw new DomainException("an employment rate needs the full-time weekly hours it is a share of");
        if (fullTimeWeekly is { } f && (f <= Duration.Zero || f > Duration.FromHours(60)))
            throw new DomainException("full-time weekly hours must be above 0 and at most 60 h");
        if (tolerance is { } t && t < Duration.Zero) throw new DomainException("hours tolerance must not be negative");
        if (minimumTotal is { } min && min < Duration.Zero) throw new DomainException("minimum minutes must not be negative");
        if (maximumTotal is { } max && max < Duration.Zero) throw new DomainException("maximum minutes must not be negative");
        if (minimumTotal is { } a && maximumTotal is { } b && a > b)
            throw new DomainException("minimum minutes must not exceed maximum minutes");
        Rate = rate;
        FullTimeWeekly = fullTimeWeekly;
        Tolerance = tolerance ?? Duration.Zero;
        MinimumTotal = minimumTotal;
        MaximumTotal = maximumTotal;
        TimeBankBalance = timeBankBalance;
    }

    public EmploymentRate? Rate { get; }

    /// <summary>Veckoarbetstid at 100 %: 40 h, 38 h 15 min with Sundays and holidays, 34 h 20 min for permanent nights.</summary>
    public Duration? FullTimeWeekly { get; }

    public Duration Tolerance { get; }
    public Duration? MinimumTotal { get; }
    public Duration? MaximumTotal { get; }

    /// <summary>Timbank carried in: positive when the employee has worked more than owed in earlier periods.</summary>
    public Duration TimeBankBalance { get; }

    /// <summary>
    /// Övertid already worked in the calendar year of the period's first day, in the earlier periods of that year (carried
    /// from them, as the time bank is); null when not known. The rule <c>overtime</c> holds the period's overtime to what the
    /// year's cap leaves after it; without it, to the cap pro rata.
    /// </summary>
    public Duration? OvertimeBeforePeriod
    {
        get;
        init => field = value is { } v && v < Duration.Zero ? throw new DomainException("overtime before the period must not be negative") : value;
    }

    /// <summary>The hours target for a period of <paramref name="days"/> days, or null when the contract has no rate.</summary>
    public Duration? TargetFor(int days)
    {
        if (Rate is not { } rate || FullTimeWeekly is not { } fullTime) return null;
        var minutes = Math.Round((decimal)rate.Of(fullTime).TotalMinutes * days / 7m, MidpointRounding.AwayFromZero);
        var target = Duration.FromMinutes((long)minutes) - TimeBankBalance;
        return target < Duration.Zero ? Duration.Zero : target;
    }

    /// <summary>
    /// Full time for a period of <paramref name="days"/> days less the time bank, or null when the contract has no
    /// rate: a part-timer's hours between the target and this are mertid, hours beyond it övertid.
    /// </summary>
    public Duration? FullTimeFor(int days)
    {
        if (Rate is null || FullTimeWeekly is not { } fullTime) return null;
        var minutes = Math.Round((decimal)fullTime.TotalMinutes * days / 7m, MidpointRounding.AwayFromZero);
        var full = Duration.FromMinutes((long)minutes) - TimeBankBalance;
        return full < Duration.Zero ? Duration.Zero : full;
    }

    /// <summary>
    /// The time bank to carry into the next period after <paramref name="counted"/> minutes of work in a period of
    /// <paramref name="days"/> days (as mertid and overtime count them: without the hour the autumn night gains, which
    /// is paid on its own day). The period's end settles what was worked beyond the target by paying it as mertid and
    /// overtime (<see cref="Cost.ExtraHours"/>), so the bank carries only what was not paid: balance in + counted −
    /// the contracted hours (rate × full time × days ÷ 7, before the balance moved the target) − the minutes paid.
    /// Working exactly the target, or more, brings a balance that the target could absorb to zero; working less
    /// carries the shortfall. Null when the contract has no rate (explicit bounds carry nothing).
    /// </summary>
    public Duration? BalanceAfter(int days, Duration counted)
    {
        if (Rate is not { } rate || FullTimeWeekly is not { } fullTime || TargetFor(days) is not { } target) return null;
        var contracted = Math.Round((decimal)rate.Of(fullTime).TotalMinutes * days / 7m, MidpointRounding.AwayFromZero);
        var paid = counted > target ? counted - target : Duration.Zero;
        return TimeBankBalance + counted - Duration.FromMinutes((long)contracted) - paid;
    }

    /// <summary>The minutes an employee may work in the period: explicit bounds win over target ± tolerance.</summary>
    public (Duration? Minimum, Duration? Maximum) BoundsFor(int days)
    {
        var target = TargetFor(days);
        var min = MinimumTotal ?? (target is { } t1 ? Max(Duration.Zero, t1 - Tolerance) : null);
        var max = MaximumTotal ?? (target is { } t2 ? t2 + Tolerance : null);
        return (min, max);
    }

    private static Duration Max(Duration a, Duration b) => a > b ? a : b;
}

/// <summary>The time bank (timbank) carried from one period to the next.</summary>
public static class TimeBank
{
    /// <summary>
    /// Each employee's balance to carry into the next period after <paramref name="roster"/>: balance in + counted −
    /// contracted − what the period's end pays as mertid and overtime (see <see cref="WorkingTimeContract.BalanceAfter"/>);
    /// employees without an employment rate are left out.
    /// </summary>
    public static System.Collections.Immutable.ImmutableDictionary<EmployeeId, Duration> After(RosterProblem problem, Roster roster)
    {
        var counted = roster.Assignments
            .Where(a => problem.TemplateByCode.ContainsKey(a.Shift) && problem.Period.Contains(a.Date))
            .GroupBy(a => a.Employee)
            .ToDictionary(g => g.Key, g => Duration.FromMinutes(g.Sum(a => Cost.ExtraHours.CountedMinutes(problem, a))));
        return problem.Employees
            .Select(e => (e.Id, Balance: e.Contract.BalanceAfter(problem.Period.Days, counted.GetValueOrDefault(e.Id))))
            .Where(x => x.Balance is not null)
            .ToImmutableDictionary(x => x.Id, x => x.Balance!.Value);
    }
}

/// <summary>
/// Individual limits that override the rule pack's defaults for one employee (e.g. from the contract
/// or a benchmark's per-staff limits). Null means: use the rule's default.
/// </summary>
public sealed record EmployeeLimits
{
    public static readonly EmployeeLimits None = new();

    public int? MaxConsecutiveDays { get; init; }
    public int? MinConsecutiveDays { get; init; }
    public int? MinConsecutiveDaysOff { get; init; }
    public int? MaxWeekends { get; init; }

    /// <summary>At most this many assignments of a template in the period.</summary>
    public ImmutableDictionary<ShiftCode, int> MaxShiftsPerTemplate { get; init; } = ImmutableDictionary<ShiftCode, int>.Empty;

    /// <summary>A negative limit, under <paramref name="field"/> (the limits' own path, e.g. <c>employees[3].limits</c>).</summary>
    public IEnumerable<ProblemError> Errors(string field)
    {
        foreach (var (value, name) in new[] { (MaxConsecutiveDays, "maxConsecutiveDays"), (MinConsecutiveDays, "minConsecutiveDays"), (MinConsecutiveDaysOff, "minConsecutiveDaysOff"), (MaxWeekends, "maxWeekends") })
            if (value < 0) yield return new($"{field}.{name}", "must not be negative");
        foreach (var (code, max) in MaxShiftsPerTemplate)
            if (max < 0) yield return new($"{field}.maxShiftsPerTemplate.{code}", "must not be negative");
    }
}

/// <summary>
/// An employee (medarbetare) with competences, contract, limits and the units they may work at: the first of
/// <see cref="Units"/> is their home unit; none listed means every unit of the problem.
/// </summary>
public sealed record Employee
{
    public Employee(
        EmployeeId id,
        string name,
        WorkingTimeContract contract,
        ImmutableArray<CompetenceGrant> competences = default,
        EmployeeLimits? limits = null,
        ImmutableArray<UnitId> units = default)
    {
        Id = id;
        Name = string.IsNullOrWhiteSpace(name) ? id.Value : name;
        Contract = contract ?? throw new DomainException($"employee {id}: contract is required");
        Competences = competences.IsDefault ? [] : competences;
        Limits = limits ?? EmployeeLimits.None;
        Units = units.IsDefault ? [] : units;
    }

    public EmployeeId Id { get; }
    public string Name { get; }
    public WorkingTimeContract Contract { get; }
    public ImmutableArray<CompetenceGrant> Competences { get; }
    public EmployeeLimits Limits { get; }
    public ImmutableArray<UnitId> Units { get; }

    public bool HoldsOn(CompetenceId competence, LocalDate date) =>
        Competences.Any(g => g.Competence == competence && g.IsValidOn(date));

    /// <summary>Holds <paramref name="competence"/> on <paramref name="date"/> for work at <paramref name="unit"/> (any unit when null).</summary>
    public bool HoldsOn(CompetenceId competence, LocalDate date, UnitId? unit) =>
        Competences.Any(g => g.Competence == competence && g.IsValidOn(date, unit));
}
