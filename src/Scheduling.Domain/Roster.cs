namespace Scheduling.Domain;

/// <summary>An employee works a shift template starting on a date.</summary>
public sealed record Assignment(EmployeeId Employee, LocalDate Date, ShiftCode Shift)
{
    /// <summary>
    /// Where the shift is worked, in a problem that plans several units; null: the employee's home unit (and always
    /// null in a problem of one unit).
    /// </summary>
    public UnitId? Unit { get; init; }
}

/// <summary>A roster: the assignments of a period. Days without an assignment are days off.</summary>
public sealed record Roster(ImmutableArray<Assignment> Assignments)
{
    public static readonly Roster Empty = new([]);

    public ShiftCode? ShiftOf(EmployeeId employee, LocalDate date) =>
        Assignments.FirstOrDefault(a => a.Employee == employee && a.Date == date)?.Shift;
}
