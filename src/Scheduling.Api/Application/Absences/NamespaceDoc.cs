namespace Scheduling.Api.Application.Absences;

/// <summary>
/// A unit's absences during a period (sick calls, VAB, leave) and what follows from one: the stored resource with its
/// checks (<see cref="Absences"/>), the days it makes unavailable and the shifts it opens (<see cref="AbsenceSpan"/>), and
/// the replacements for those shifts, their acceptance as a new roster version and a re-plan of the days around the gap
/// (<see cref="Replacements"/>). Uses the unit's resources, the review's roster versions and the domain's replacement
/// finder and solver; the services map it to proto.
/// </summary>
internal static class NamespaceDoc;
