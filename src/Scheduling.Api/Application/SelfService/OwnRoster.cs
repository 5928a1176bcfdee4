using Scheduling.Domain.Reporting;
using Scheduling.Domain.Review;

namespace Scheduling.Api.Application.SelfService;

/// <summary>
/// An employee's rows of a published roster: the version holding only their assignments (and no one's pins), and their
/// line of its hours with its fairness (null when the roster has none for them).
/// </summary>
public sealed record OwnRoster(RosterVersion Roster, HoursLine? Hours, HoursFairness? Fairness);
