using Google.Protobuf.WellKnownTypes;
using NodaTime;
using NodaTime.Text;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Solver;
using Duration = Google.Protobuf.WellKnownTypes.Duration;
using Period = Scheduling.Api.V1.Period;
using SolveProgress = Scheduling.Api.V1.SolveProgress;
using SolveResult = Scheduling.Api.V1.SolveResult;

namespace Scheduling.Api.Mapping;

/// <summary>
/// A solve job between its record (<see cref="SolveJobRecord"/>) and the contract's <see cref="SolveJob"/>, both ways and
/// without loss: the store keeps the message, the wire sends it. Also a request's options as the record's, and a watch's
/// last message (the job as it ended).
/// </summary>
public static class JobMapping
{
    public static SolveJob ToProto(SolveJobRecord job)
    {
        var proto = new SolveJob
        {
            Name = job.Name,
            State = (SolveJob.Types.State)(int)job.State,
            Unit = job.Unit,
            ProblemName = job.ProblemName,
            EmployeeCount = job.EmployeeCount,
            Period = job.Period is { } period ? RosterMapping.ToProto(period) : null,
            Options = ToProto(job.Options),
            CreateTime = Time(job.CreateTime),
            StartTime = Time(job.StartTime),
            EndTime = Time(job.EndTime),
            LatestProgress = job.LatestProgress is { } progress ? ToProto(progress, job.Name) : null,
            Result = job.Result is { } result ? ToProto(result) : null,
            Error = job.Error is { } error ? new Google.Rpc.Status { Code = (int)error.Failure, Message = error.Message } : null,
            Restarts = job.Restarts,
        };
        return proto;
    }

    public static SolveJobRecord ToDomain(SolveJob job) => new(
        job.Name,
        job.Unit,
        (JobState)(int)job.State,
        job.ProblemName,
        job.EmployeeCount,
        Period(job.Period),
        ToDomain(job.Options),
        job.CreateTime is { } created ? Instant.FromDateTimeOffset(created.ToDateTimeOffset()) : null,
        job.StartTime is { } started ? Instant.FromDateTimeOffset(started.ToDateTimeOffset()) : null,
        job.EndTime is { } ended ? Instant.FromDateTimeOffset(ended.ToDateTimeOffset()) : null,
        job.LatestProgress is { } progress ? ToDomain(progress) : null,
        job.Result is { } result ? ToDomain(result) : null,
        job.Error is { } error ? new JobError((JobFailure)error.Code, error.Message) : null,
        job.Restarts);

    /// <summary>
    /// A request's options (none: every default). A time limit that is not a valid duration reads as zero, which the
    /// admission refuses as it refuses any limit not above zero.
    /// </summary>
    public static JobOptions ToDomain(SolveOptions? options) => options is null ? JobOptions.None : new(
        TimeLimit(options.TimeLimit),
        options.Workers,
        options.Seed,
        options.WarmStartRoster,
        options.NoRelax,
        options.ReferenceRoster);

    /// <summary>A requested time limit (none: null); one that is not a valid duration reads as zero, which every use case refuses.</summary>
    public static TimeSpan? TimeLimit(Duration? limit) => limit is null ? null : IsValid(limit) ? limit.ToTimeSpan() : TimeSpan.Zero;

    private static bool IsValid(Duration d) => d.Seconds >= 0 && d.Nanos is >= 0 and <= 999_999_999 && d.Seconds <= Duration.MaxSeconds;

    public static SolveOptions ToProto(JobOptions options)
    {
        var proto = new SolveOptions
        {
            Workers = options.Workers,
            Seed = options.Seed,
            WarmStartRoster = options.WarmStartRoster,
            NoRelax = options.NoRelax,
            ReferenceRoster = options.ReferenceRoster,
        };
        if (options.TimeLimit is { } limit) proto.TimeLimit = Duration.FromTimeSpan(limit);
        return proto;
    }

    public static SolveProgress ToProto(JobProgress progress, string job)
    {
        var proto = new SolveProgress
        {
            Job = job,
            State = (SolveJob.Types.State)(int)progress.State,
            Objective = progress.Objective,
            BestBound = progress.BestBound,
            Gap = progress.Gap,
            SolutionCount = progress.SolutionCount,
        };
        if (progress.Elapsed is { } elapsed) proto.Elapsed = Duration.FromTimeSpan(elapsed);
        return proto;
    }

    public static JobProgress ToDomain(SolveProgress progress) =>
        new((JobState)(int)progress.State, progress.Objective, progress.BestBound, progress.Gap, progress.Elapsed?.ToTimeSpan(), progress.SolutionCount);

    public static SolveResult ToProto(JobResult result)
    {
        var proto = new SolveResult
        {
            Status = SolveMapping.ToProto(result.Status),
            Roster = result.Roster,
            Relaxed = result.Relaxed,
            Cancelled = result.Cancelled,
            HardViolationCount = result.HardViolationCount,
            SolutionCount = result.SolutionCount,
            Conflicts = { result.Conflicts.Select(SolveMapping.ToProto) },
        };
        if (result.TotalTime is { } total) proto.TotalTime = Duration.FromTimeSpan(total);
        if (result.Objective is { } objective) proto.Objective = objective;
        if (result.BestBound is { } bound) proto.BestBound = bound;
        if (result.Gap is { } gap) proto.Gap = gap;
        return proto;
    }

    public static JobResult ToDomain(SolveResult result) => new(
        result.Status switch
        {
            SolveResult.Types.Status.Optimal => SolveStatus.Optimal,
            SolveResult.Types.Status.Feasible => SolveStatus.Feasible,
            SolveResult.Types.Status.Infeasible => SolveStatus.Infeasible,
            _ => SolveStatus.Unknown,
        },
        result.Roster,
        result.HasObjective ? result.Objective : null,
        result.HasBestBound ? result.BestBound : null,
        result.HasGap ? result.Gap : null,
        result.Relaxed,
        result.Cancelled,
        [.. result.Conflicts.Select(c => new Solver.Conflict(c.Rule, c.Employee.Length > 0 ? new EmployeeId(c.Employee) : null, LocalDatePattern.Iso.Parse(c.Date) is { Success: true } d ? d.Value : null))],
        result.HardViolationCount,
        result.TotalTime?.ToTimeSpan(),
        result.SolutionCount);

    /// <summary>The last message of a watch: the job as it ended, with its result's figures.</summary>
    public static SolveProgress FinalProgress(SolveJobRecord job)
    {
        var progress = (job.LatestProgress ?? JobProgress.None(job.State)) with { State = job.State };
        if (job.Result is { } r)
            progress = progress with
            {
                Objective = r.Objective ?? progress.Objective,
                BestBound = r.BestBound ?? progress.BestBound,
                Gap = r.Gap ?? progress.Gap,
                SolutionCount = r.SolutionCount,
                Elapsed = r.TotalTime ?? progress.Elapsed,
            };
        var proto = ToProto(progress, job.Name);
        proto.FinalJob = ToProto(job);
        return proto;
    }

    private static Timestamp? Time(Instant? at) => at is { } t ? Timestamp.FromDateTimeOffset(t.ToDateTimeOffset()) : null;

    private static SchedulePeriod? Period(Period? period)
    {
        if (period is null || LocalDatePattern.Iso.Parse(period.StartDate) is not { Success: true } start || DateTimeZoneProviders.Tzdb.GetZoneOrNull(period.TimeZone) is not { } zone) return null;
        try
        {
            return new SchedulePeriod(start.Value, period.Days, zone);
        }
        catch (DomainException)
        {
            return null;
        }
    }
}
