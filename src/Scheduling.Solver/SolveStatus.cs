namespace Scheduling.Solver;

/// <summary>How a solve ended.</summary>
public enum SolveStatus
{
    /// <summary>Proven best roster.</summary>
    Optimal,

    /// <summary>A roster obeying every hard rule, not proven best.</summary>
    Feasible,

    /// <summary>The hard rules cannot all hold; see the conflicts, and the least-bad roster if one was asked for.</summary>
    Infeasible,

    /// <summary>No roster found within the limit, and no proof there is none.</summary>
    Unknown,
}
