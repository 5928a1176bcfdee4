namespace Scheduling.Exports;

/// <summary>
/// One shift as a calendar event: <paramref name="Uid"/> names it across versions (the same employee's shift on the
/// same day keeps its UID, so a calendar app updates the event instead of adding a second one), <paramref name="Sequence"/>
/// counts its revisions (the roster's version) and <paramref name="Changed"/> is when that revision was made.
/// </summary>
public sealed record CalendarShift(string Uid, Interval Interval, string Summary, string Description, int Sequence, Instant Changed);
