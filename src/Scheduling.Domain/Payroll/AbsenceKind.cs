namespace Scheduling.Domain.Payroll;

/// <summary>Why an employee is away from work on a day, as far as the problem tells.</summary>
public enum AbsenceKind
{
    /// <summary>
    /// The problem marks the day unavailable (<see cref="Unavailability"/>): the employee cannot work. The problem
    /// carries no reason, so semester, sjukdom, VAB and tjänstledighet are not told apart.
    /// </summary>
    Unavailable,
}
