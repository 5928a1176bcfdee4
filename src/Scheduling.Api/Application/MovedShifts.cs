using Scheduling.Api.V1;
using Scheduling.Domain.Review;

namespace Scheduling.Api.Application;

/// <summary>The contract's form of <see cref="RosterChanges"/>: how two roster messages differ, day by day.</summary>
public static class MovedShifts
{
    /// <summary>Days whose shift differs between two rosters, by employee and date.</summary>
    public static List<MovedShift> Between(Roster before, Roster after) =>
        [.. RosterChanges.Between(DomainReader.Roster(before), DomainReader.Roster(after)).Select(m => new MovedShift
        {
            Employee = m.Employee.Value,
            Date = ProblemMapping.Date(m.Date),
            ShiftBefore = m.Before?.Value ?? "",
            ShiftAfter = m.After?.Value ?? "",
        })];

    /// <summary>The employees whose shifts differ, in id order.</summary>
    public static IEnumerable<string> Employees(Roster before, Roster after) =>
        RosterChanges.Employees(DomainReader.Roster(before), DomainReader.Roster(after)).Select(e => e.Value);
}
