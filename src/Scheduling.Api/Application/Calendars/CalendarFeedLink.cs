using NodaTime;

namespace Scheduling.Api.Application.Calendars;

/// <summary>
/// An employee's subscribable calendar as the use case answers it: since when it exists, and, only in the answer that made
/// it, its path and URL (the secret in them is not kept).
/// </summary>
public sealed record CalendarFeedLink(Instant Created, string? Path = null, string? Url = null);
