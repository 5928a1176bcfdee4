namespace Scheduling.Domain.Review;

/// <summary>
/// How one version of a roster (<see cref="Name"/>) differs from another (<see cref="Other"/>): the days whose shift
/// moved and the employees they belong to, and the differences (this one's minus the other's) of the soft penalty, the
/// hard violations, the person-minutes below the demand curve's minimum and ideal, and the cost (null unless both
/// have one).
/// </summary>
public sealed record VersionComparison(
    string Name,
    string Other,
    IReadOnlyList<ShiftMove> Moved,
    IReadOnlyList<EmployeeId> AffectedEmployees,
    long PenaltyDifference,
    int HardViolationDifference,
    long MinutesBelowMinimumDifference,
    long MinutesBelowIdealDifference,
    long? CostDifferenceKronor)
{
    /// <summary>How <paramref name="version"/> differs from <paramref name="other"/>.</summary>
    public static VersionComparison Between(RosterVersion version, RosterVersion other)
    {
        var moved = RosterChanges.Between(other.Assignments, version.Assignments);
        return new VersionComparison(
            version.Name,
            other.Name,
            moved,
            [.. moved.Select(m => m.Employee).Distinct()],
            version.Penalty - other.Penalty,
            version.HardViolations - other.HardViolations,
            version.ShortMinutes(ideal: false) - other.ShortMinutes(ideal: false),
            version.ShortMinutes(ideal: true) - other.ShortMinutes(ideal: true),
            version.CostKronor is { } a && other.CostKronor is { } b ? a - b : null);
    }
}
