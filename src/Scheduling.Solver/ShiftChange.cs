using Scheduling.Domain;

namespace Scheduling.Solver;

/// <summary>One cell that differs between two rosters: the employee's shift on a date before and after (null: off).</summary>
public sealed record ShiftChange(EmployeeId Employee, LocalDate Date, ShiftCode? Before, ShiftCode? After);
