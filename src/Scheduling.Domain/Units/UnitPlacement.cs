namespace Scheduling.Domain.Units;

/// <summary>
/// Where things of a problem belong when it plans several units. In a problem without units everything is the one
/// unit's and every answer here is null. In a problem with units: an assignment is worked at its own unit, else at
/// the employee's home unit (the first of their units the problem holds), else at the problem's first unit; a demand
/// row or slot belongs to its unit, else to the problem's first unit.
/// </summary>
public static class UnitPlacement
{
    /// <summary>The unit <paramref name="assignment"/> is worked at, or null in a problem without units.</summary>
    public static UnitId? UnitOf(this RosterProblem problem, Assignment assignment) =>
        problem.Units.IsEmpty ? null : assignment.Unit ?? problem.HomeUnitOf(assignment.Employee);

    /// <summary>The employee's home unit among the problem's units (their first listed one it holds), else the problem's first unit.</summary>
    public static UnitId? HomeUnitOf(this RosterProblem problem, EmployeeId employee)
    {
        if (problem.Units.IsEmpty) return null;
        if (problem.EmployeeById.TryGetValue(employee, out var e))
            foreach (var unit in e.Units)
                if (problem.HasUnit(unit)) return unit;
        return problem.Units[0].Id;
    }

    /// <summary>The unit a shift-demand row counts, or null in a problem without units.</summary>
    public static UnitId? UnitOf(this RosterProblem problem, ShiftDemand demand) =>
        problem.Units.IsEmpty ? null : demand.Unit ?? problem.Units[0].Id;

    /// <summary>The unit a demand-curve slot counts, or null in a problem without units.</summary>
    public static UnitId? UnitOf(this RosterProblem problem, DemandSlot slot) =>
        problem.Units.IsEmpty ? null : slot.Unit ?? problem.Units[0].Id;

    /// <summary>True when the problem holds <paramref name="unit"/>.</summary>
    public static bool HasUnit(this RosterProblem problem, UnitId unit) => problem.Units.Any(u => u.Id == unit);

    /// <summary>
    /// True when <paramref name="employee"/> may work at <paramref name="unit"/>: always in a problem without units
    /// (null); else when their units list it, or list none.
    /// </summary>
    public static bool MayWorkAt(this Employee employee, UnitId? unit) =>
        unit is not { } u || employee.Units.IsEmpty || employee.Units.Contains(u);

    /// <summary>The units of the problem as ids, in order; empty for a problem without units.</summary>
    public static ImmutableArray<UnitId> UnitIds(this RosterProblem problem) => [.. problem.Units.Select(u => u.Id)];
}
