using NodaTime;
using Scheduling.Api.Auth;
using Scheduling.Api.Storage;

namespace Scheduling.Api.Application.Calendars;

/// <summary>
/// Employees' subscribable calendars: a URL <c>/v1/calendars/{feed}.{secret}.ics</c> that answers the employee's
/// <see cref="EmployeeCalendar"/> without a token. The feed id finds the row; the secret (256 random bits, shown once)
/// opens it, compared by its SHA-256 in constant time. A wrong secret, a revoked or replaced feed, and an employee who no
/// longer exists all answer the same "no such calendar", so the URL tells nothing about who exists.
/// </summary>
public sealed class CalendarFeeds(ICalendarFeedStore feeds, ISchedulingStore store, EmployeeCalendar calendar, IClock clock)
{
    /// <summary>Where the feeds are served, before <c>{feed}.{secret}.ics</c>.</summary>
    public const string PathPrefix = "/v1/calendars/";

    /// <summary>What a calendar is answered as.</summary>
    public const string ContentType = "text/calendar; charset=utf-8";

    private const string Suffix = ".ics";

    /// <summary>Compared against when no feed has the id, so a miss takes as long as a wrong secret.</summary>
    private static readonly byte[] NoSecret = SHA256.HashData(Encoding.UTF8.GetBytes("no such calendar"));

    /// <summary>The caller's own calendar (what their feed's URL answers).</summary>
    public async Task<string> MineAsync(Caller me, CancellationToken cancellation)
    {
        await EnsureEmployeeAsync(me, cancellation).ConfigureAwait(false);
        return await calendar.WriteAsync(me.Unit!, me.EmployeeId!, cancellation).ConfigureAwait(false);
    }

    /// <summary>Makes the caller's feed, or a new one in place of theirs; the answer is the only place its secret appears.</summary>
    public async Task<CalendarFeedLink> CreateAsync(Caller me, string baseUrl, CancellationToken cancellation)
    {
        await EnsureEmployeeAsync(me, cancellation).ConfigureAwait(false);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var created = clock.GetCurrentInstant();
        await feeds.SaveAsync(new CalendarFeed(me.Unit!, me.EmployeeId!, id, Hash(secret), created), cancellation).ConfigureAwait(false);
        var path = $"{PathPrefix}{id}.{secret}{Suffix}";
        return new CalendarFeedLink(created, path, baseUrl.TrimEnd('/') + path);
    }

    /// <summary>The caller's feed without its URL; NOT_FOUND when they have none.</summary>
    public async Task<CalendarFeedLink> GetAsync(Caller me, CancellationToken cancellation)
    {
        await EnsureEmployeeAsync(me, cancellation).ConfigureAwait(false);
        var feed = await feeds.GetAsync(me.Unit!, me.EmployeeId!, cancellation).ConfigureAwait(false)
            ?? throw ApiErrors.NotFound($"{me.EmployeeName}/calendarFeed", "you have no calendar feed: make one with CreateMyCalendarFeed");
        return new CalendarFeedLink(feed.Created);
    }

    /// <summary>Revokes the caller's feed: its URL answers 404 from now on. NOT_FOUND when they have none.</summary>
    public async Task DeleteAsync(Caller me, CancellationToken cancellation)
    {
        await EnsureEmployeeAsync(me, cancellation).ConfigureAwait(false);
        if (!await feeds.DeleteAsync(me.Unit!, me.EmployeeId!, cancellation).ConfigureAwait(false))
            throw ApiErrors.NotFound($"{me.EmployeeName}/calendarFeed", "you have no calendar feed to revoke");
    }

    /// <summary>
    /// The calendar a feed's last path segment (<c>{feed}.{secret}.ics</c>) opens; null for anything else (malformed,
    /// unknown id, wrong secret, revoked, or an employee or unit no longer there), all alike.
    /// </summary>
    public async Task<string?> OpenAsync(string segment, CancellationToken cancellation)
    {
        if (!segment.EndsWith(Suffix, StringComparison.Ordinal) || segment.Length > 128) return null;
        var parts = segment[..^Suffix.Length].Split('.');
        if (parts.Length != 2 || parts[0].Length != 16 || parts[1].Length == 0) return null;
        var feed = await feeds.FindAsync(parts[0], cancellation).ConfigureAwait(false);
        var matches = CryptographicOperations.FixedTimeEquals(Hash(parts[1]), feed?.SecretHash ?? NoSecret);
        if (feed is null || !matches) return null;
        if (await store.GetResourceAsync($"{feed.Unit}/employees/{feed.Employee}", cancellation).ConfigureAwait(false) is null) return null;
        return await calendar.WriteAsync(feed.Unit, feed.Employee, cancellation).ConfigureAwait(false);
    }

    /// <summary>NOT_FOUND when the token's employee is not (or no longer) one of its unit's, as the other self-service methods answer.</summary>
    private async Task EnsureEmployeeAsync(Caller me, CancellationToken cancellation)
    {
        if (await store.GetResourceAsync(me.EmployeeName!, cancellation).ConfigureAwait(false) is null)
            throw ApiErrors.NotFound(me.EmployeeName!);
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
