namespace Scheduling.Domain.Rules;

/// <summary>The stable ids of the rules; the same names are used by the checker and the solver's files.</summary>
public static class RuleIds
{
    /// <summary>Structural, always hard: at most one shift per employee per day.</summary>
    public const string OneShiftPerDay = "one-shift-per-day";

    /// <summary>Structural, always hard: an employee's shifts do not overlap in time.</summary>
    public const string NoOverlap = "no-overlap";

    /// <summary>Structural, always hard: every assignment names a known employee and shift, on a day of the period.</summary>
    public const string RosterShape = "roster-shape";

    /// <summary>Structural, always hard: in a problem that plans several units, a shift only at a unit the employee may work at.</summary>
    public const string UnitAccess = "unit-access";

    public const string DailyRest = "daily-rest";
    public const string ForbiddenSuccessions = "forbidden-successions";
    public const string WeeklyRest = "weekly-rest";
    public const string MaxShiftLength = "max-shift";
    public const string Break = "break";
    public const string OrdinaryHours = "ordinary-hours";
    public const string Overtime = "overtime";
    public const string TotalHours = "total-hours";
    public const string NightWork = "night-work";
    public const string PeriodHours = "period-hours";
    public const string HoursTarget = "hours-target";
    public const string MaxShiftsPerTemplate = "max-shifts-per-template";
    public const string MaxConsecutiveDays = "max-consecutive-days";
    public const string MinConsecutiveDays = "min-consecutive-days";
    public const string MinConsecutiveDaysOff = "min-consecutive-days-off";
    public const string MaxWeekends = "max-weekends";
    public const string Availability = "availability";
    public const string Competence = "competence";
    public const string Pins = "pins";
    public const string ShiftCover = "shift-cover";
    public const string DemandMinimum = "demand-minimum";
    public const string DemandIdeal = "demand-ideal";
    public const string DemandSurplus = "demand-surplus";
    public const string Wishes = "wishes";
    public const string Cost = "cost";
    public const string Budget = "budget";
    public const string Stability = "stability";
    public const string Preferences = "preferences";
    public const string FairWishShare = "fair-wish-share";
    public const string FairNights = "fair-nights";
    public const string FairWeekends = "fair-weekends";
    public const string FairHolidays = "fair-holidays";
    public const string Continuity = "continuity";
    public const string PoolOrder = "pool-order";
}
