namespace Scheduling.Api.Storage;

/// <summary>
/// A solve's options: its time limit (null: the default; not above zero when the request's was not a valid duration),
/// CP-SAT workers (0: the default), seed, the roster it starts from (empty: none), whether relaxing an infeasible
/// problem is off, and the roster it re-plans (set by a re-solve, never by a caller).
/// </summary>
public sealed record JobOptions(TimeSpan? TimeLimit, int Workers, int Seed, string WarmStartRoster, bool NoRelax, string ReferenceRoster)
{
    /// <summary>No option given: every default.</summary>
    public static JobOptions None { get; } = new(null, 0, 0, "", false, "");
}
