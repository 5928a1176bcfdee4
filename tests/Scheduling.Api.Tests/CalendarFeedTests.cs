using Google.Protobuf;
using Ical.Net.CalendarComponents;
using Microsoft.Extensions.DependencyInjection;
using Scheduling.Api.Application;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using Period = Scheduling.Api.V1.Period;

namespace Scheduling.Api.Tests;

/// <summary>
/// An employee's own calendar: GetMyCalendar with their token holds their shifts of the published rosters only, at
/// Stockholm's local times (a night across the autumn clock change included); the subscribable URL answers it without a
/// token until it is revoked or replaced, and the same bare 404 for every wrong secret; a new published version changes
/// the events in place (same UID).
/// </summary>
public sealed class CalendarFeedTests : IDisposable
{
    private const string Unit = "units/solbacken";

    private readonly ClockedServer server = new(("Scheduling:CalendarFeedRequests", "1000"));

    public void Dispose() => server.Dispose();

    private EmployeeSelfService.EmployeeSelfServiceClient Employee(string id) => new(server.Channel(TestTokens.Employee(Unit, id)));

    /// <summary>
    /// Stores a published roster of units/solbacken (version <paramref name="version"/>, superseding <paramref name="previous"/>)
    /// over a problem with a day shift D (07:00–15:30) and a night N (21:30, 570 minutes: 07:00 the next morning).
    /// </summary>
    private async Task<Roster> PublishAsync(string name, int version, Roster? previous, params (string Employee, string Date, string Shift)[] shifts)
    {
        const string json = """
            {
              "name": "autumn", "period": { "startDate": "2026-10-19", "days": 14, "timeZone": "Europe/Stockholm" },
              "shiftTemplates": [
                { "code": "D", "name": "Dag", "startTime": "07:00", "durationMinutes": 510, "kind": "DAY" },
                { "code": "N", "name": "Vaken natt", "startTime": "21:30", "durationMinutes": 570, "kind": "NIGHT" } ],
              "employees": [ { "id": "E01", "name": "Anna Andersson", "maxTotalMinutes": 9000 }, { "id": "E02", "name": "Björn Holm", "maxTotalMinutes": 9000 } ],
              "rulePack": { "id": "small", "rules": [ { "id": "wishes" } ] }
            }
            """;
        var store = server.Services.GetRequiredService<ISchedulingStore>();
        var job = new SolveJob { Name = $"solveJobs/{name}", Unit = Unit, State = SolveJob.Types.State.Succeeded };
        await store.CreateJobAsync(job, JsonParser.Default.Parse<Problem>(json), CancellationToken.None);
        var roster = new Roster
        {
            Name = $"rosters/{name}",
            Unit = Unit,
            SolveJob = job.Name,
            State = RosterState.Published,
            Version = version,
            Parent = previous?.Name ?? "",
            Period = new Period { StartDate = "2026-10-19", Days = 14, TimeZone = "Europe/Stockholm" },
            PublishTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(server.Clock.GetCurrentInstant().ToDateTimeOffset()),
        };
        roster.Assignments.AddRange(shifts.Select(s => new Assignment { Employee = s.Employee, Date = s.Date, Shift = s.Shift }));
        if (previous is null)
        {
            await store.FinishJobAsync(job, roster, CancellationToken.None);
        }
        else
        {
            var old = (await store.GetRosterMessageAsync(previous.Name, CancellationToken.None))!;
            old.State = RosterState.Superseded;
            await store.SaveRostersAsync([old, roster], CancellationToken.None);
        }

        return roster;
    }

    private static CalendarEvent[] Events(string ical) => [.. Ical.Net.Calendar.Load(ical)!.Events];

    private HttpClient Anonymous() => server.CreateClient();

    [Fact]
    public async Task GetMyCalendar_holds_the_callers_shifts_only_at_Stockholm_times_across_the_autumn_clock_change()
    {
        await PublishAsync("v1", 1, null, ("E01", "2026-10-24", "N"), ("E01", "2026-10-20", "D"), ("E02", "2026-10-21", "D"));

        using var http = server.CreateClient().With(TestTokens.Employee(Unit, "E01"));
        using var response = await http.GetAsync(new Uri("/v1/me/calendar", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ical = await response.Content.ReadAsStringAsync();

        Assert.Contains("BEGIN:VTIMEZONE", ical, StringComparison.Ordinal);
        Assert.Contains("TZID:Europe/Stockholm", ical, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Stockholm:20261024T213000", ical, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Europe/Stockholm:20261025T070000", ical, StringComparison.Ordinal);
        Assert.DoesNotContain("20261021", ical, StringComparison.Ordinal); // Björn's shift
        var events = Events(ical);
        Assert.Equal(2, events.Length);
        // The night is 10.5 hours of real time: the clocks go back an hour at 03:00 on the 25th.
        var night = events.Single(e => e.DtStart!.Day == 24);
        Assert.Equal(TimeSpan.FromHours(10.5), night.DtEnd!.AsUtc - night.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 10, 24, 19, 30, 0, DateTimeKind.Utc), night.DtStart.AsUtc);

        // The same over gRPC, as an HttpBody.
        var body = await Employee("E01").GetMyCalendarAsync(new GetMyCalendarRequest());
        Assert.StartsWith("text/calendar", body.ContentType, StringComparison.Ordinal);
        Assert.Equal(2, Events(body.Data.ToStringUtf8()).Length);
    }

    [Fact]
    public async Task Another_employees_feed_is_refused_and_a_planners_token_gets_no_calendar()
    {
        await PublishAsync("v1", 1, null, ("E01", "2026-10-20", "D"), ("E02", "2026-10-21", "N"));
        var anna = await Employee("E01").CreateMyCalendarFeedAsync(new CreateMyCalendarFeedRequest());
        var bjorn = await Employee("E02").CreateMyCalendarFeedAsync(new CreateMyCalendarFeedRequest());

        // Björn's feed with Anna's secret (and the other way round) opens nothing.
        var annaId = anna.Path.Split('/')[^1].Split('.')[0];
        var bjornSecret = bjorn.Path.Split('/')[^1].Split('.')[1];
        using var crossed = await Anonymous().GetAsync(new Uri($"/v1/calendars/{annaId}.{bjornSecret}.ics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, crossed.StatusCode);

        // Each feed holds its own employee's shifts only.
        var annas = Events(await Anonymous().GetStringAsync(new Uri(anna.Path, UriKind.Relative)));
        Assert.Equal(20, Assert.Single(annas).DtStart!.Day);
        var bjorns = Events(await Anonymous().GetStringAsync(new Uri(bjorn.Path, UriKind.Relative)));
        Assert.Equal(21, Assert.Single(bjorns).DtStart!.Day);

        // Only an employee has an own calendar: a planner is refused; an employee the unit does not have has none.
        var planner = new EmployeeSelfService.EmployeeSelfServiceClient(server.Channel(TestTokens.Planner()));
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(async () => await planner.GetMyCalendarAsync(new GetMyCalendarRequest()))).StatusCode);
        Assert.Equal(StatusCode.NotFound, (await Assert.ThrowsAsync<RpcException>(async () => await Employee("E99").CreateMyCalendarFeedAsync(new CreateMyCalendarFeedRequest()))).StatusCode);
    }

    [Fact]
    public async Task The_feed_url_works_without_a_token_until_revoked_and_every_wrong_secret_is_the_same_404()
    {
        await PublishAsync("v1", 1, null, ("E01", "2026-10-20", "D"));
        var anna = Employee("E01");
        var feed = await anna.CreateMyCalendarFeedAsync(new CreateMyCalendarFeedRequest());
        Assert.StartsWith("http://localhost/v1/calendars/", feed.Url, StringComparison.Ordinal);
        Assert.EndsWith(feed.Path, feed.Url, StringComparison.Ordinal);

        using (var ok = await Anonymous().GetAsync(new Uri(feed.Path, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal("text/calendar", ok.Content.Headers.ContentType?.MediaType);
            Assert.Single(Events(await ok.Content.ReadAsStringAsync()));
        }

        var id = feed.Path.Split('/')[^1].Split('.')[0];
        var wrongSecret = await Anonymous().GetAsync(new Uri($"/v1/calendars/{id}.not-the-secret.ics", UriKind.Relative));
        var unknownFeed = await Anonymous().GetAsync(new Uri("/v1/calendars/0123456789abcdef.not-the-secret.ics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownFeed.StatusCode);
        Assert.Equal(await unknownFeed.Content.ReadAsStringAsync(), await wrongSecret.Content.ReadAsStringAsync());

        // Stored hashed: the secret appears nowhere in the database file.
        var secret = feed.Path.Split('/')[^1].Split('.')[1];
        Assert.Equal(0, (await anna.GetMyCalendarFeedAsync(new GetMyCalendarFeedRequest())).Url.Length);

        // Replaced: the old URL is dead, the new one works.
        var rotated = await anna.CreateMyCalendarFeedAsync(new CreateMyCalendarFeedRequest());
        Assert.NotEqual(feed.Path, rotated.Path);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync(new Uri(feed.Path, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().GetAsync(new Uri(rotated.Path, UriKind.Relative))).StatusCode);

        // Revoked: 404, the same answer as any wrong URL; then there is nothing to revoke.
        await anna.DeleteMyCalendarFeedAsync(new DeleteMyCalendarFeedRequest());
        using var revoked = await Anonymous().GetAsync(new Uri(rotated.Path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        Assert.Equal(await unknownFeed.Content.ReadAsStringAsync(), await revoked.Content.ReadAsStringAsync());
        Assert.Equal(StatusCode.NotFound, (await Assert.ThrowsAsync<RpcException>(async () => await anna.DeleteMyCalendarFeedAsync(new DeleteMyCalendarFeedRequest()))).StatusCode);

        var database = await File.ReadAllBytesAsync(Path.Combine(server.DataDirectory, "scheduling.db"));
        var wal = Path.Combine(server.DataDirectory, "scheduling.db-wal");
        var everything = System.Text.Encoding.Latin1.GetString([.. database, .. File.Exists(wal) ? await ReadSharedAsync(wal) : []]);
        Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task A_new_published_version_changes_the_feed_in_place()
    {
        var v1 = await PublishAsync("v1", 1, null, ("E01", "2026-10-20", "D"), ("E01", "2026-10-22", "D"));
        var feed = await Employee("E01").CreateMyCalendarFeedAsync(new CreateMyCalendarFeedRequest());
        var before = Events(await Anonymous().GetStringAsync(new Uri(feed.Path, UriKind.Relative)));

        server.Clock.AdvanceHours(2);
        await PublishAsync("v2", 2, v1, ("E01", "2026-10-20", "N"));
        var after = Events(await Anonymous().GetStringAsync(new Uri(feed.Path, UriKind.Relative)));

        // The 20th's event keeps its UID and moves to the night with a higher SEQUENCE; the 22nd's is gone.
        var was = before.Single(e => e.DtStart!.Day == 20);
        var now = Assert.Single(after);
        Assert.Equal(2, before.Length);
        Assert.Equal(was.Uid, now.Uid);
        Assert.Equal((7, 21), (was.DtStart!.Hour, now.DtStart!.Hour));
        Assert.True(now.Sequence > was.Sequence);
    }

    [Fact]
    public async Task The_feed_urls_are_rate_limited_per_client()
    {
        using var limited = new ClockedServer(("Scheduling:CalendarFeedRequests", "3"), ("Scheduling:CalendarFeedWindowSeconds", "3600"));
        using var http = limited.CreateClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await http.GetAsync(new Uri("/v1/calendars/0123456789abcdef.guess.ics", UriKind.Relative));
            codes.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], codes);
    }
}
