using Scheduling.Api.V1;
using Scheduling.Solver;
using Conflict = Scheduling.Api.V1.Conflict;
using SolveResult = Scheduling.Api.V1.SolveResult;

namespace Scheduling.Api.Mapping;

/// <summary>A solve's status and its conflicts as the contract writes them (a job's progress and result: <see cref="JobMapping"/>).</summary>
public static class SolveMapping
{
    public static SolveResult.Types.Status ToProto(SolveStatus status) => status switch
    {
        SolveStatus.Optimal => SolveResult.Types.Status.Optimal,
        SolveStatus.Feasible => SolveResult.Types.Status.Feasible,
        SolveStatus.Infeasible => SolveResult.Types.Status.Infeasible,
        _ => SolveResult.Types.Status.Unknown,
    };

    /// <summary>A hard rule that could not hold, by rule and, when known, employee and date.</summary>
    public static Conflict ToProto(Solver.Conflict c) => new() { Rule = c.RuleId, Employee = c.Employee?.Value ?? "", Date = c.Date is { } d ? RosterMapping.Date(d) : "" };
}
