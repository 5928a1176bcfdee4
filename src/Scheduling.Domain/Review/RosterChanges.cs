namespace Scheduling.Domain.Review;

/// <summary>How two versions of a roster differ, day by day: what a re-solve, a change by hand and a comparison report.</summary>
public static class RosterChanges
{
    /// <summary>Days whose shift differs between two rosters (where it is worked aside), by employee id and date.</summary>
    public static IReadOnlyList<ShiftMove> Between(Roster before, Roster after)
    {
        var old = ByDay(before);
        var now = ByDay(after);
        return [.. old.Keys.Union(now.Keys)
            .Select(k => new ShiftMove(k.Employee, k.Date, old.TryGetValue(k, out var b) ? b : null, now.TryGetValue(k, out var a) ? a : null))
            .Where(m => m.Before != m.After)
            .OrderBy(m => m.Employee.Value, StringComparer.Ordinal).ThenBy(m => m.Date)];
    }

    /// <summary>The employees whose shifts differ, in id order.</summary>
    public static IEnumerable<EmployeeId> Employees(Roster before, Roster after) =>
        Between(before, after).Select(m => m.Employee).Distinct();

    private static Dictionary<(EmployeeId Employee, NodaTime.LocalDate Date), ShiftCode> ByDay(Roster roster) =>
        roster.Assignments.ToDictionary(a => (a.Employee, a.Date), a => a.Shift);
}
