using NodaTime;

namespace Scheduling.Domain.Units;

/// <summary>
/// An employee's absence as a unit records it (<c>units/{unit}/absences/{absence}</c>): the employee's id in the unit, the
/// time away either as two instants (<see cref="StartTime"/> included, <see cref="EndTime"/> excluded) or as whole days
/// (<see cref="StartDate"/> to <see cref="EndDate"/>, both included, "yyyy-MM-dd"), why, and a note. As written by a
/// caller the fields are as given, like a problem file's item, so that one check can name every field that is wrong;
/// a stored absence has passed that check. <see cref="Created"/>, <see cref="Updated"/> and <see cref="Etag"/> are the
/// store's: when it was written and the checksum a delete may name.
/// </summary>
public sealed record Absence(string Name, string Employee, Instant? StartTime, Instant? EndTime, string StartDate, string EndDate, AbsenceCause? Cause, string Note)
{
    public Instant? Created { get; init; }

    public Instant? Updated { get; init; }

    public string Etag { get; init; } = "";

    /// <summary>True when the absence is given as whole days (either date), not as instants.</summary>
    public bool ByDate => StartDate.Length > 0 || EndDate.Length > 0;

    /// <summary>True when the absence is given as instants (either instant).</summary>
    public bool ByTime => StartTime is not null || EndTime is not null;
}
