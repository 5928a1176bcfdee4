namespace Scheduling.Domain.Review;

/// <summary>A day whose shift differs between two versions of a roster: the shift before and after (null: a day off).</summary>
public sealed record ShiftMove(EmployeeId Employee, LocalDate Date, ShiftCode? Before, ShiftCode? After);
