using Scheduling.Domain;

namespace Scheduling.Solver;

/// <summary>A hard rule taking part in a conflict, for one employee (or the unit) on one date (or the period).</summary>
public sealed record Conflict(string RuleId, EmployeeId? Employee, NodaTime.LocalDate? Date)
{
    public override string ToString() =>
        $"{RuleId}{(Employee is { } e ? $" for {e}" : "")}{(Date is { } d ? $" on {d:uuuu-MM-dd}" : "")}";
}
