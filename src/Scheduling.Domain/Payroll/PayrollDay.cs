namespace Scheduling.Domain.Payroll;

/// <summary>
/// One employee's payroll figures for one roster day. A shift belongs wholly to the day it starts on: a night
/// 21:15–07:15 counts on the evening's date, its hours after midnight included. Hours are real time on the
/// instant line, so a night across the spring clock change is an hour shorter and one across the autumn change
/// an hour longer.
/// </summary>
public sealed record PayrollDay
{
    /// <param name="date">The roster day.</param>
    /// <param name="shifts">The shifts starting on the day, in start order; empty on a day of absence only.</param>
    /// <param name="worked">Working time: the shifts' real length less unpaid breaks.</param>
    /// <param name="unsocialHours">OB time under each window of the period's table, in the table's order.</param>
    /// <param name="overtime">Övertid of the day: the hour the autumn night gains (AB pays it as overtime, not OB).</param>
    /// <param name="absence">Why the employee is away on the day, or null.</param>
    public PayrollDay(LocalDate date, ImmutableArray<ShiftCode> shifts, Duration worked, ImmutableArray<Duration> unsocialHours, Duration overtime, AbsenceKind? absence)
    {
        Shifts = shifts.IsDefault ? [] : shifts;
        UnsocialHours = unsocialHours.IsDefault ? [] : unsocialHours;
        if (worked < Duration.Zero || overtime < Duration.Zero || UnsocialHours.Any(d => d < Duration.Zero))
            throw new DomainException($"payroll day {date:uuuu-MM-dd}: hours must not be negative");
        if (overtime > worked) throw new DomainException($"payroll day {date:uuuu-MM-dd}: overtime must not exceed the hours worked");
        if (Shifts.IsEmpty && absence is null) throw new DomainException($"payroll day {date:uuuu-MM-dd}: a day without a shift is listed only for an absence");
        Date = date;
        Worked = worked;
        Overtime = overtime;
        Absence = absence;
    }

    public LocalDate Date { get; }
    public ImmutableArray<ShiftCode> Shifts { get; }
    public Duration Worked { get; }
    public ImmutableArray<Duration> UnsocialHours { get; }
    public Duration Overtime { get; }
    public AbsenceKind? Absence { get; }
}
