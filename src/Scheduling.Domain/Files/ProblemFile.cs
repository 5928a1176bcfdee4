namespace Scheduling.Domain.Files;

// The problem file: the JSON form of the Problem message (camelCase names, enum values in upper snake
// case, dates "yyyy-MM-dd", times "HH:mm", durations in whole minutes), so that the same file serves the
// CLI and the service. Every property is optional at this level; ProblemFileReader says what is missing.
#pragma warning disable CA2227, CA1056 // Data transfer objects for System.Text.Json: settable collections are the point.

public sealed class ProblemFile
{
    public string? Name { get; set; }
    public PeriodDto? Period { get; set; }
    public List<ShiftTemplateDto>? ShiftTemplates { get; set; }
    public List<EmployeeDto>? Employees { get; set; }
    public List<ShiftDemandDto>? ShiftDemands { get; set; }
    public DemandCurveDto? DemandCurve { get; set; }
    public List<WishDto>? Wishes { get; set; }
    public List<EmployeeDateDto>? Unavailability { get; set; }
    public List<PinDto>? Pins { get; set; }
    public RulePackDto? RulePack { get; set; }
    public CostDto? Cost { get; set; }
    public List<PreferenceDto>? Preferences { get; set; }
    public List<LedgerEntryDto>? FairnessLedger { get; set; }

    /// <summary>The units planned together (absent: the problem is one unit, as before); see <see cref="UnitDto"/>.</summary>
    public List<UnitDto>? Units { get; set; }

    /// <summary>The shifts worked before the period, for the rules across the seam (see <see cref="Domain.History"/>).</summary>
    public List<HistoryEntryDto>? History { get; set; }
}

/// <summary>
/// A standing preference: "kind" NO_SHIFT_KIND (with "shiftKind"), NO_SHIFT (with "shift"), DAY_OFF_ON_WEEKDAY
/// (with "weekday") or AT_MOST_WEEKENDS (with "count"); "weight" is its priority (default 1).
/// </summary>
public sealed class PreferenceDto
{
    public string? Employee { get; set; }
    public string? Kind { get; set; }
    public string? ShiftKind { get; set; }
    public string? Shift { get; set; }
    public string? Weekday { get; set; }
    public int? Count { get; set; }
    public long? Weight { get; set; }
}

/// <summary>
/// One employee's fairness carried in: percentage points of wish weight lost above the mean, and nights,
/// weekends and holiday shifts worked over the fair share (decimals, at most two places; negative: under).
/// </summary>
public sealed class LedgerEntryDto
{
    public string? Employee { get; set; }
    public long? WishShareDeficit { get; set; }
    public decimal? NightsOver { get; set; }
    public decimal? WeekendsOver { get; set; }
    public decimal? HolidaysOver { get; set; }
}

public sealed class PeriodDto
{
    public string? StartDate { get; set; }
    public int? Days { get; set; }
    public string? TimeZone { get; set; }
}

public sealed class ShiftTemplateDto
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? StartTime { get; set; }
    public int? DurationMinutes { get; set; }
    public int? UnpaidBreakMinutes { get; set; }
    public string? Kind { get; set; }
    public string? RequiredCompetence { get; set; }
}

public sealed class EmployeeDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public List<CompetenceGrantDto>? Competences { get; set; }
    public decimal? EmploymentRate { get; set; }
    public int? FullTimeWeeklyMinutes { get; set; }
    public int? ToleranceMinutes { get; set; }
    public int? MinTotalMinutes { get; set; }
    public int? MaxTotalMinutes { get; set; }
    public int? TimeBankMinutes { get; set; }

    /// <summary>Övertid worked earlier in the calendar year, before the period (absent: not known); see <see cref="WorkingTimeContract.OvertimeBeforePeriod"/>.</summary>
    public int? OvertimeBeforePeriodMinutes { get; set; }
    public List<string>? Units { get; set; }
    public LimitsDto? Limits { get; set; }
}

public sealed class CompetenceGrantDto
{
    public string? Competence { get; set; }
    public string? ValidFrom { get; set; }
    public string? ValidUntil { get; set; }

    /// <summary>The units where the competence counts (absent: every unit).</summary>
    public List<string>? Units { get; set; }
}

public sealed class LimitsDto
{
    public int? MaxConsecutiveDays { get; set; }
    public int? MinConsecutiveDays { get; set; }
    public int? MinConsecutiveDaysOff { get; set; }
    public int? MaxWeekends { get; set; }
    public Dictionary<string, int>? MaxShiftsPerTemplate { get; set; }
}

public sealed class ShiftDemandDto
{
    public string? Date { get; set; }
    public string? Shift { get; set; }
    public int? Required { get; set; }
    public long? UnderWeight { get; set; }
    public long? OverWeight { get; set; }

    /// <summary>The unit whose need the row is, in a problem with units (absent: the first unit).</summary>
    public string? Unit { get; set; }
}

public sealed class DemandCurveDto
{
    public int? SlotMinutes { get; set; }
    public List<DemandPatternDto>? Patterns { get; set; }
}

/// <summary>
/// Need on matching days (by weekday and/or date; every day when both are empty) from a local time to a
/// local time ("to" at or before "from" runs past midnight). Where patterns overlap for one competence,
/// the slot takes the highest minimum and the highest ideal.
/// </summary>
public sealed class DemandPatternDto
{
    public List<string>? DaysOfWeek { get; set; }
    public List<string>? Dates { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Competence { get; set; }
    public int? Minimum { get; set; }
    public int? Ideal { get; set; }
}

public sealed class WishDto
{
    public string? Employee { get; set; }
    public string? Date { get; set; }
    public string? Kind { get; set; }
    public string? Shift { get; set; }
    public long? Weight { get; set; }
}

public class EmployeeDateDto
{
    public string? Employee { get; set; }
    public string? Date { get; set; }
}

public sealed class PinDto : EmployeeDateDto
{
    /// <summary>The pinned shift; absent for a pinned day off.</summary>
    public string? Shift { get; set; }
}

/// <summary>
/// The unit's cost data: full-time monthly pay per employee (or a default), the hourly divisor and social fee
/// factor, the OB table (the built-in one when absent), mertid, overtime and autumn-hour rates in percent of
/// hourly pay, substitutes (absent: not allowed) and the budget for the period in whole kronor.
/// </summary>
public sealed class CostDto
{
    public string? Version { get; set; }
    public string? Source { get; set; }
    public decimal? HourlyDivisor { get; set; }
    public decimal? SocialFeeFactor { get; set; }
    public decimal? DefaultMonthlyPay { get; set; }
    public List<EmployeePayDto>? Pay { get; set; }
    public decimal? AdditionalHoursPercent { get; set; }
    public decimal? OvertimePercent { get; set; }
    public decimal? AutumnExtraHourPercent { get; set; }
    public SubstitutesDto? Substitutes { get; set; }
    public long? Budget { get; set; }
    public UnsocialHoursDto? UnsocialHours { get; set; }
}

public sealed class EmployeePayDto
{
    public string? Employee { get; set; }
    public decimal? MonthlyPay { get; set; }
}

public sealed class SubstitutesDto
{
    public decimal? HourlyCost { get; set; }
    public decimal? MarkupPercent { get; set; }
}

public sealed class UnsocialHoursDto
{
    public string? Id { get; set; }
    public string? Source { get; set; }
    public List<UnsocialHoursWindowDto>? Windows { get; set; }
    public List<MajorHolidayDto>? MajorHolidays { get; set; }
}

public sealed class UnsocialHoursWindowDto
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public decimal? KronorPerHour { get; set; }
    public bool? OnlyInMajorHolidays { get; set; }
    public List<WindowOpeningDto>? Openings { get; set; }
}

/// <summary>Opens on "days" (every day when absent, none when only "beforeHoliday") at "from" and closes at "to" "daysLater" days later or on the next working day.</summary>
public sealed class WindowOpeningDto
{
    public List<string>? Days { get; set; }
    public bool? BeforeHoliday { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public int? DaysLater { get; set; }
    public bool? ToNextWorkingDay { get; set; }
}

public sealed class MajorHolidayDto
{
    public string? Name { get; set; }
    public string? Anchor { get; set; }
    public int? FirstDay { get; set; }
    public int? LastDay { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
}
