namespace Scheduling.Domain.Rules;

/// <summary>
/// A recorded exception to daily rest (AB § 13 mom. 1: tillfälligt avsteg): <see cref="Employee"/>'s rest before the
/// shift starting on <see cref="Date"/> may be as short as the rule's exception minimum (9 h), when the rest right after
/// that shift is longer by what was cut (compensating rest).
/// </summary>
public sealed record DailyRestException(EmployeeId Employee, LocalDate Date);
