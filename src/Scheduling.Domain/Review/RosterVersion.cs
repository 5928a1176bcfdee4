namespace Scheduling.Domain.Review;

/// <summary>
/// A stored version of a roster: its name (<c>rosters/…</c>), unit (empty for an inline problem) and the job that made
/// it; its period (first day, null when not a date, and length); its <see cref="ReviewState"/>, version number (0 for a
/// roster stored before versions) and the version it was made from (empty for a first solve); its assignments and the
/// manager's pins; the rule checker's soft penalty and hard violations; and the etag it was read with.
/// </summary>
public sealed record RosterVersion(
    string Name,
    string Unit,
    string Job,
    LocalDate? PeriodStart,
    int Days,
    ReviewState State,
    int Version,
    string Parent,
    Roster Assignments,
    ImmutableArray<Pin> Pins,
    long Penalty,
    int HardViolations,
    string Etag);
