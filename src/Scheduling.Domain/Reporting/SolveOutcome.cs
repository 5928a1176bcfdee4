namespace Scheduling.Domain.Reporting;

/// <summary>
/// How the solve that made a roster ended, as its report keeps it: the solver's status, or <see cref="Unspecified"/> for
/// a roster stored without one.
/// </summary>
public enum SolveOutcome
{
    Unspecified,
    Optimal,
    Feasible,
    Infeasible,
    Unknown,
}
