using Scheduling.Domain;

namespace Scheduling.Solver;

/// <summary>
/// What granting a refused wish costs: the best roster found with the wish held as a hard constraint, its penalty
/// and coverage against the current roster's, and which other shifts it changes. Without a roster, either
/// <see cref="Status"/> is Infeasible (the wish cannot be granted without breaking a hard rule; <see cref="Conflicts"/>
/// names the rules, employees and dates in the way) or Unknown (none found within the time limit).
/// </summary>
public sealed record WishCost(
    Wish Wish,
    SolveStatus Status,
    Roster? Roster,
    long PenaltyBefore,
    long? PenaltyAfter,
    ImmutableSortedDictionary<string, long> PenaltyDifferenceByRule,
    long MinutesShortOfMinimumBefore,
    long? MinutesShortOfMinimumAfter,
    long MinutesShortOfIdealBefore,
    long? MinutesShortOfIdealAfter,
    ImmutableArray<ShiftChange> Changes,
    ImmutableArray<Conflict> Conflicts)
{
    /// <summary>Penalty after − before: what the roster loses by granting the wish (negative: the current roster was not optimal).</summary>
    public long? PenaltyDifference => PenaltyAfter - PenaltyBefore;

    /// <summary>Person-minutes below the demand curve's minimum, after − before.</summary>
    public long? CoverageDifferenceMinutes => MinutesShortOfMinimumAfter - MinutesShortOfMinimumBefore;

    /// <summary>The other employees whose shifts change.</summary>
    public ImmutableArray<EmployeeId> OthersAffected => [.. Changes.Select(c => c.Employee).Where(e => e != Wish.Employee).Distinct()];
}
