namespace Scheduling.Domain.SelfService;

/// <summary>What an employee asks for on a date of their own: a wish (önskemål), or a day they cannot work.</summary>
public enum EmployeeWishKind
{
    /// <summary>Wants to work the given shift on the date.</summary>
    ShiftOn,

    /// <summary>Does not want to work the given shift on the date.</summary>
    ShiftOff,

    /// <summary>Wants the date off.</summary>
    DayOff,

    /// <summary>Cannot work on the date: a hard rule for the roster, always a MUST item.</summary>
    Unavailable,
}
