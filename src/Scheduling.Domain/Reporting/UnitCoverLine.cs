using Scheduling.Domain.Units;

namespace Scheduling.Domain.Reporting;

/// <summary>
/// A unit's cover in a problem of several units: person-minutes above the need (over the demand curve's ideal and
/// over the shift-demand rows), person-minutes below the curve's minimum (what substitutes fill), and the minutes
/// worked there by staff of other units in resource shifts.
/// </summary>
public sealed record UnitCoverLine(UnitId Unit, long OverCoverMinutes, long ShortOfMinimumMinutes, long PoolMinutesReceived);
