namespace Scheduling.Domain.Units;

/// <summary>
/// One employee's time bank carried over a period (minutes in and out) and the overtime of the calendar year before
/// it (null when the problem had none) and after it.
/// </summary>
public sealed record TimeBankCarry(EmployeeId Employee, long InMinutes, long OutMinutes, long? OvertimeInMinutes, long OvertimeOutMinutes);
