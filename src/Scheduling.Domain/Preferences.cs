namespace Scheduling.Domain;

/// <summary>What a standing preference (stående önskemål) asks for over the whole period.</summary>
public enum PreferenceKind
{
    /// <summary>No shifts of a kind, e.g. no nights.</summary>
    NoShiftKind,

    /// <summary>No shifts of one template.</summary>
    NoShift,

    /// <summary>Free on a weekday, e.g. every Wednesday.</summary>
    DayOffOnWeekday,

    /// <summary>At most <see cref="Preference.Count"/> weekends worked (a weekend: a shift starting on its Saturday or Sunday).</summary>
    AtMostWeekends,
}

/// <summary>
/// A standing preference of an employee for the whole period, with its weight (priority): the penalty per
/// shift against it (per weekend too many for <see cref="PreferenceKind.AtMostWeekends"/>).
/// </summary>
public sealed record Preference
{
    public Preference(EmployeeId employee, PreferenceKind kind, long weight, ShiftKind? shiftKind = null, ShiftCode? shift = null, IsoDayOfWeek? weekday = null, int? count = null)
    {
        string Where() => $"preference of {employee}";
        if (weight < 0) throw new DomainException($"{Where()}: weight must not be negative");
        if (kind == PreferenceKind.NoShiftKind && shiftKind is null) throw new DomainException($"{Where()}: a {kind} preference names a shift kind");
        if (kind == PreferenceKind.NoShift && shift is null) throw new DomainException($"{Where()}: a {kind} preference names a shift");
        if (kind == PreferenceKind.DayOffOnWeekday && weekday is null or IsoDayOfWeek.None) throw new DomainException($"{Where()}: a {kind} preference names a weekday");
        if (kind == PreferenceKind.AtMostWeekends && count is not >= 0) throw new DomainException($"{Where()}: a {kind} preference gives a count of at least 0");
        Employee = employee;
        Kind = kind;
        Weight = weight;
        ShiftKind = kind == PreferenceKind.NoShiftKind ? shiftKind : null;
        Shift = kind == PreferenceKind.NoShift ? shift : null;
        Weekday = kind == PreferenceKind.DayOffOnWeekday ? weekday : null;
        Count = kind == PreferenceKind.AtMostWeekends ? count : null;
    }

    public EmployeeId Employee { get; }
    public PreferenceKind Kind { get; }
    public long Weight { get; }
    public ShiftKind? ShiftKind { get; }
    public ShiftCode? Shift { get; }
    public IsoDayOfWeek? Weekday { get; }
    public int? Count { get; }

    /// <summary>The weekend days of <see cref="PreferenceKind.AtMostWeekends"/>.</summary>
    public static readonly IReadOnlyList<IsoDayOfWeek> WeekendDays = [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    /// <summary>Whether one shift (template, start date) goes against a per-shift preference; never for <see cref="PreferenceKind.AtMostWeekends"/>.</summary>
    public bool IsAgainst(ShiftTemplate template, LocalDate date) => Kind switch
    {
        PreferenceKind.NoShiftKind => template.Kind == ShiftKind,
        PreferenceKind.NoShift => template.Code == Shift,
        PreferenceKind.DayOffOnWeekday => date.DayOfWeek == Weekday,
        _ => false,
    };
}
