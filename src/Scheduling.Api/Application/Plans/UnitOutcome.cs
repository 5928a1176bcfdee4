using Scheduling.Api.Storage;

namespace Scheduling.Api.Application.Plans;

/// <summary>
/// Where one unit of a plan stands: its job's state and, once the job has ended with a roster, the roster's figures —
/// the checker's penalty and hard violations, the person-minutes of the demand curve's ideal and minimum left
/// uncovered, and the cost with its substitutes' part (zero without a cost section). While the job runs, its latest
/// improvement; and the unit's display name for people (its id when it has none, or when the unit is gone).
/// </summary>
public sealed record UnitOutcome(string Unit, string Job, JobState State)
{
    public string DisplayName { get; init; } = "";

    /// <summary>The running job's latest improvement; null before its first roster and once it has ended.</summary>
    public JobProgress? Progress { get; init; }

    public string? Roster { get; init; }
    public int Employees { get; init; }
    public long Penalty { get; init; }
    public int HardViolations { get; init; }
    public long MinutesBelowIdeal { get; init; }
    public long MinutesBelowMinimum { get; init; }
    public long CostKronor { get; init; }
    public long SubstituteKronor { get; init; }
}
