namespace Scheduling.Api.Application.Calendars;

/// <summary>
/// An employee's own calendar: their shifts in their unit's published rosters as iCalendar (<see cref="EmployeeCalendar"/>),
/// and the subscribable URL that answers it without a token, made, replaced and revoked by the employee
/// (<see cref="CalendarFeeds"/>). Depends on review (a roster's problem) and storage; the services call it.
/// </summary>
internal static class NamespaceDoc
{
}
