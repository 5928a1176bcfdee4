using Scheduling.Api.V1;

namespace Scheduling.Api.Application;

/// <summary>How two versions of a roster differ, day by day: what a re-solve, a change by hand and a comparison report.</summary>
public static class MovedShifts
{
    /// <summary>Days whose shift differs between two rosters, by employee and date.</summary>
    public static List<MovedShift> Between(Roster before, Roster after)
    {
        var old = before.Assignments.ToDictionary(a => (a.Employee, a.Date), a => a.Shift);
        var now = after.Assignments.ToDictionary(a => (a.Employee, a.Date), a => a.Shift);
        return [.. old.Keys.Union(now.Keys)
            .Select(k => new MovedShift { Employee = k.Employee, Date = k.Date, ShiftBefore = old.GetValueOrDefault(k) ?? "", ShiftAfter = now.GetValueOrDefault(k) ?? "" })
            .Where(m => m.ShiftBefore != m.ShiftAfter)
            .OrderBy(m => m.Employee, StringComparer.Ordinal).ThenBy(m => m.Date, StringComparer.Ordinal)];
    }

    /// <summary>The employees whose shifts differ, in id order.</summary>
    public static IEnumerable<string> Employees(Roster before, Roster after) =>
        Between(before, after).Select(m => m.Employee).Distinct().Order(StringComparer.Ordinal);
}
