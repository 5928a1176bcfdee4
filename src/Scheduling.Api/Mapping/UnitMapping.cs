using Scheduling.Api.V1;

namespace Scheduling.Api.Mapping;

/// <summary>The resource-shift report of a roster of several units, mapped to the contract at the edge.</summary>
public static class UnitMapping
{
    public static PoolReport ToProto(Domain.Reporting.PoolReport pool)
    {
        var proto = new PoolReport
        {
            SubstituteMinutesSaved = pool.SubstituteMinutesSaved,
            PoolMinutes = pool.PoolMinutes,
            OverCoverMinutes = pool.OverCoverMinutes,
        };
        if (pool.SubstituteKronorSaved is { } kronor) proto.SubstituteKronorSaved = kronor;
        proto.Employees.AddRange(pool.Employees.Select(e => new PoolHoursLine
        {
            Employee = e.Employee.Value,
            HomeUnit = e.HomeUnit.Value,
            HomeMinutes = e.HomeMinutes,
            PoolMinutes = e.PoolMinutes,
            PoolShifts = e.PoolShifts,
        }));
        proto.Units.AddRange(pool.Units.Select(u => new UnitCoverLine
        {
            Unit = u.Unit.Value,
            OverCoverMinutes = u.OverCoverMinutes,
            ShortOfMinimumMinutes = u.ShortOfMinimumMinutes,
            PoolMinutesReceived = u.PoolMinutesReceived,
        }));
        return proto;
    }
}
