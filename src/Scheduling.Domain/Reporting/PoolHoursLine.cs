using Scheduling.Domain.Units;

namespace Scheduling.Domain.Reporting;

/// <summary>
/// An employee's working time in a problem of several units: at their home unit, and in resource shifts (resurspass)
/// worked at other units or the pool, with the count of those shifts.
/// </summary>
public sealed record PoolHoursLine(EmployeeId Employee, UnitId HomeUnit, long HomeMinutes, long PoolMinutes, int PoolShifts);
