using Scheduling.Api.V1;
using Scheduling.Domain.Review;

namespace Scheduling.Api.Mapping;

/// <summary>The contract's form of <see cref="RosterChanges"/>: how two roster messages differ, day by day.</summary>
public static class MovedShifts
{
    /// <summary>Days whose shift differs between two rosters, by employee and date.</summary>
    public static List<MovedShift> Between(Roster before, Roster after) =>
        [.. RosterChanges.Between(RosterMapping.Assignments(before), RosterMapping.Assignments(after)).Select(ToProto)];

    /// <summary>A day whose shift moved, as the contract writes it.</summary>
    public static MovedShift ToProto(ShiftMove move) => new()
    {
        Employee = move.Employee.Value,
        Date = RosterMapping.Date(move.Date),
        ShiftBefore = move.Before?.Value ?? "",
        ShiftAfter = move.After?.Value ?? "",
    };

    /// <summary>The employees whose shifts differ, in id order.</summary>
    public static IEnumerable<string> Employees(Roster before, Roster after) =>
        RosterChanges.Employees(RosterMapping.Assignments(before), RosterMapping.Assignments(after)).Select(e => e.Value);
}
