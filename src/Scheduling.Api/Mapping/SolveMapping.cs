using Scheduling.Api.V1;
using Scheduling.Solver;
using Conflict = Scheduling.Api.V1.Conflict;
using Duration = Google.Protobuf.WellKnownTypes.Duration;
using SolveProgress = Scheduling.Api.V1.SolveProgress;
using SolveResult = Scheduling.Api.V1.SolveResult;

namespace Scheduling.Api.Mapping;

/// <summary>A solve as the contract writes it: the status, each better roster's progress, the outcome and its conflicts.</summary>
public static class SolveMapping
{
    public static SolveResult.Types.Status ToProto(SolveStatus status) => status switch
    {
        SolveStatus.Optimal => SolveResult.Types.Status.Optimal,
        SolveStatus.Feasible => SolveResult.Types.Status.Feasible,
        SolveStatus.Infeasible => SolveResult.Types.Status.Infeasible,
        _ => SolveResult.Types.Status.Unknown,
    };

    public static SolveProgress ToProto(Solver.SolveProgress p, string job) => new()
    {
        Job = job,
        State = SolveJob.Types.State.Running,
        Objective = p.Objective,
        BestBound = p.BestBound,
        Gap = p.Gap,
        Elapsed = Duration.FromTimeSpan(p.Elapsed),
        SolutionCount = p.SolutionCount,
    };

    /// <summary>The outcome of a solve, naming the roster when there is one.</summary>
    public static SolveResult ToProto(Solver.SolveResult result, string? roster)
    {
        var proto = new SolveResult
        {
            Status = ToProto(result.Status),
            Roster = roster ?? "",
            Relaxed = result.IsRelaxed,
            Cancelled = result.Cancelled,
            HardViolationCount = result.Evaluation?.HardViolationCount ?? 0,
            TotalTime = Duration.FromTimeSpan(result.TotalTime),
            SolutionCount = result.SolutionCount,
        };
        if (result.Evaluation is { } evaluation) proto.Objective = evaluation.Penalty;
        if (result.BestBound is { } bound) proto.BestBound = bound;
        if (result.Gap is { } gap) proto.Gap = gap;
        proto.Conflicts.AddRange(result.Conflicts.Select(ToProto));
        return proto;
    }

    /// <summary>A hard rule that could not hold, by rule and, when known, employee and date.</summary>
    public static Conflict ToProto(Solver.Conflict c) => new() { Rule = c.RuleId, Employee = c.Employee?.Value ?? "", Date = c.Date is { } d ? RosterMapping.Date(d) : "" };
}
