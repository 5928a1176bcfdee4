using NodaTime;

namespace Scheduling.Api.Storage;

/// <summary>
/// An employee's subscribable calendar: found by <paramref name="FeedId"/> (in its URL), opened by the secret whose
/// SHA-256 is <paramref name="SecretHash"/> (the secret itself is never stored). One per employee; a new one replaces it.
/// </summary>
public sealed record CalendarFeed(string Unit, string Employee, string FeedId, byte[] SecretHash, Instant Created);
