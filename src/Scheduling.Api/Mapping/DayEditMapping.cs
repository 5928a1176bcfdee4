using Scheduling.Domain.Review;

namespace Scheduling.Api.Mapping;

/// <summary>A roster's last change by hand (<see cref="DayEdit"/>) as the contract writes it: on the wire and in the stored roster.</summary>
public static class DayEditMapping
{
    public static V1.RosterChange ToProto(DayEdit edit)
    {
        var change = new V1.RosterChange
        {
            Employee = edit.Employee.Value,
            Date = RosterMapping.Date(edit.Date),
            ShiftBefore = edit.ShiftBefore?.Value ?? "",
            ShiftAfter = edit.ShiftAfter?.Value ?? "",
            Pinned = edit.Pinned,
            PenaltyBefore = edit.PenaltyBefore,
            PenaltyAfter = edit.PenaltyAfter,
            HardBefore = edit.HardBefore,
            HardAfter = edit.HardAfter,
            Time = RosterMapping.Time(edit.Time),
        };
        change.AddedViolations.AddRange(edit.Added.Select(ReportMapping.ToProto));
        change.RemovedViolations.AddRange(edit.Removed.Select(ReportMapping.ToProto));
        return change;
    }
}
