namespace Scheduling.Solver;

/// <summary>Which search produces the roster.</summary>
public enum SolverCore
{
    /// <summary>
    /// The decomposition: column generation over per-employee schedules (an LP master for the cover, a
    /// one-employee pricing model per employee) for a proven lower bound and integer rosters from the
    /// columns, then neighbourhood search on the full model.
    /// </summary>
    Decomposition,

    /// <summary>The previous core, kept as the named baseline: feasibility first, whole-model CP-SAT, then fix-and-optimise.</summary>
    Baseline,
}
