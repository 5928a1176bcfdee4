using Google.Protobuf.WellKnownTypes;
using NodaTime.Text;
using Scheduling.Api.Application.Plans;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;

namespace Scheduling.Api.Services.Mapping;

/// <summary>A municipality plan's status (<see cref="PlanStatus"/>) as the contract's <see cref="Plan"/>: its units, their jobs' progress and the totals.</summary>
public static class PlanMapping
{
    public static Plan ToProto(PlanStatus status)
    {
        var plan = status.Plan;
        var proto = new Plan
        {
            Name = plan.Name,
            Period = new Period { StartDate = LocalDatePattern.Iso.Format(plan.PeriodStart), Days = plan.Days, TimeZone = plan.TimeZone },
            CreateTime = Timestamp.FromDateTimeOffset(plan.CreateTime.ToDateTimeOffset()),
            Progress = new PlanProgress
            {
                Queued = status.Count(JobState.Queued),
                Running = status.Count(JobState.Running),
                Succeeded = status.Count(JobState.Succeeded),
                Cancelled = status.Count(JobState.Cancelled),
                Failed = status.Count(JobState.Failed),
                Done = status.Done,
            },
        };
        foreach (var u in status.Units)
            proto.Units.Add(new PlanUnit
            {
                Unit = u.Unit,
                SolveJob = u.Job,
                State = (SolveJob.Types.State)(int)u.State,
                Roster = u.Roster ?? "",
                EmployeeCount = u.Employees,
                Penalty = u.Penalty,
                HardViolationCount = u.HardViolations,
                HoursBelowIdeal = u.MinutesBelowIdeal / 60.0,
                HoursBelowMinimum = u.MinutesBelowMinimum / 60.0,
                CostKronor = u.CostKronor,
                SubstituteKronor = u.SubstituteKronor,
                DisplayName = u.DisplayName,
                Progress = u.Progress is { } progress ? Api.Mapping.JobMapping.ToProto(progress, u.Job) : null,
            });
        var total = status.Total;
        proto.Report = new PlanReport
        {
            UnitsWithRoster = status.WithRoster.Count(),
            Employees = total.Employees,
            HardViolationCount = total.HardViolations,
            HoursBelowIdeal = total.MinutesBelowIdeal / 60.0,
            HoursBelowMinimum = total.MinutesBelowMinimum / 60.0,
            CostKronor = total.CostKronor,
            SubstituteKronor = total.SubstituteKronor,
        };
        return proto;
    }
}
