namespace Scheduling.Domain.Replacements;

/// <summary>A published shift its employee cannot work (an absence): the employee, the roster day it starts on and its template.</summary>
public sealed record OpenedShift(EmployeeId Employee, LocalDate Date, ShiftCode Shift);
