using Scheduling.Domain.Cost;

namespace Scheduling.Domain.Reporting;

/// <summary>
/// A roster's cost as its report keeps it (<see cref="RosterCost"/> without the model it was computed with): the cost
/// model's version and OB table, the total and its split by kind, the budget and what is left of it, and the cost per
/// employee (in the order of the problem) and per day.
/// </summary>
public sealed record CostSummary(
    string Version,
    string UnsocialHoursTable,
    long Kronor,
    CostSubtotal ByKind,
    long? Budget,
    long? BudgetDifference,
    ImmutableArray<(EmployeeId Employee, CostSubtotal Cost)> ByEmployee,
    ImmutableArray<(LocalDate Date, CostSubtotal Cost)> ByDay)
{
    /// <summary>A computed cost as the report keeps it.</summary>
    public static CostSummary Of(RosterCost cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        return new(cost.Model.Version, cost.Model.UnsocialHours.Id, cost.Kronor, cost.ByKind, cost.Budget, cost.BudgetDifference, cost.ByEmployee, cost.ByDay);
    }
}
