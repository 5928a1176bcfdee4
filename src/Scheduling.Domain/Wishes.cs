namespace Scheduling.Domain;

/// <summary>What an employee wishes for a date (önskemål).</summary>
public enum WishKind
{
    /// <summary>Wants to work the given shift on the date.</summary>
    ShiftOn,

    /// <summary>Does not want to work the given shift on the date (another shift is fine).</summary>
    ShiftOff,

    /// <summary>Wants the date off.</summary>
    DayOff,
}

/// <summary>A wish with its weight: the penalty when it is refused.</summary>
public sealed record Wish
{
    public Wish(EmployeeId employee, LocalDate date, WishKind kind, ShiftCode? shift, long weight)
    {
        if (kind is WishKind.ShiftOn or WishKind.ShiftOff && shift is null)
            throw new DomainException($"wish of {employee} on {date}: a {kind} wish names a shift");
        if (kind is WishKind.DayOff && shift is not null)
            throw new DomainException($"wish of {employee} on {date}: a day-off wish names no shift");
        if (weight < 0) throw new DomainException($"wish of {employee} on {date}: weight must not be negative");
        Employee = employee;
        Date = date;
        Kind = kind;
        Shift = shift;
        Weight = weight;
    }

    public EmployeeId Employee { get; }
    public LocalDate Date { get; }
    public WishKind Kind { get; }
    public ShiftCode? Shift { get; }
    public long Weight { get; }

    /// <summary>Whether the wish holds given the shifts the employee starts on its date.</summary>
    public bool IsGrantedBy(IReadOnlyCollection<ShiftCode> shiftsOnDay) => Kind switch
    {
        WishKind.ShiftOn => shiftsOnDay.Contains(Shift!.Value),
        WishKind.ShiftOff => !shiftsOnDay.Contains(Shift!.Value),
        _ => shiftsOnDay.Count == 0,
    };
}

/// <summary>A date the employee cannot work (availability).</summary>
public sealed record Unavailability(EmployeeId Employee, LocalDate Date);

/// <summary>A manager's pin: the employee works <see cref="Shift"/> on the date, or is off when it is null.</summary>
public sealed record Pin(EmployeeId Employee, LocalDate Date, ShiftCode? Shift);
