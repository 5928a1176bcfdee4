using Microsoft.AspNetCore.Razor.Hosting;
using Scheduling.Api.Pages.Review;
using Scheduling.Api.V1;
using Scheduling.Api.V1.Auth;
using Scheduling.Cli;

namespace Scheduling.Api.Tests;

/// <summary>
/// The review pages want a sign-in (a cookie from /signin): every handler of every page under Pages/Review, found
/// by reflection, is tried without one, as an employee and as the manager of another unit.
/// </summary>
public sealed partial class ReviewAccessTests : IClassFixture<ClockedServer>
{
    private readonly ClockedServer server;

    public ReviewAccessTests(ClockedServer server)
    {
        this.server = server;
        server.Today(2027, 2, 20);
    }

    /// <summary>A page route and one of its handlers (null: the plain GET or POST).</summary>
    public sealed record Handler(string Route, string Method, string? Name)
    {
        public override string ToString() => $"{Method} {Route}{(Name is null ? "" : "?handler=" + Name)}";
    }

    [GeneratedRegex("^On(Get|Post)(\\w*?)(Async)?$")]
    private static partial Regex HandlerMethod();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>Every handler of every compiled page under /Pages/Review: its route template and the On{Verb}{Name} methods of its model.</summary>
    public static List<Handler> ReviewHandlers()
    {
        var handlers = new List<Handler>();
        foreach (var item in new RazorCompiledItemLoader().LoadItems(typeof(ReviewPageModel).Assembly))
        {
            if (item.Kind != "mvc.1.0.razor-page" || !item.Identifier.StartsWith("/Pages/Review/", StringComparison.Ordinal)) continue;
            var route = item.Metadata.OfType<RazorCompiledItemMetadataAttribute>().Single(m => m.Key == "RouteTemplate").Value;
            var model = item.Type.GetProperty("Model")!.PropertyType;
            foreach (var method in model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var match = HandlerMethod().Match(method.Name);
                if (match.Success) handlers.Add(new Handler(route, match.Groups[1].Value.ToUpperInvariant(), match.Groups[2].Value is { Length: > 0 } n ? n : null));
            }
        }

        return handlers;
    }

    private static string Url(Handler h, string roster, string job, string unit = "solbacken") =>
        h.Route.Replace("{unit}", unit, StringComparison.Ordinal).Replace("{roster}", roster, StringComparison.Ordinal).Replace("{job}", job, StringComparison.Ordinal)
        + (h.Name is null ? "" : $"?handler={h.Name}") + (h.Name == "Ical" ? "&employee=E01" : "");

    private HttpClient Browser() => server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A browser signed in with this token through the sign-in form.</summary>
    private async Task<HttpClient> SignedInAsync(string token)
    {
        var client = Browser();
        var response = await client.PostAsync("/signin", await FormAsync(client, new() { ["token"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return client;
    }

    /// <summary>A form with the antiforgery token the sign-in page gives this browser (bound to who is signed in).</summary>
    private static async Task<FormUrlEncodedContent> FormAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync("/signin");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value);
        return new FormUrlEncodedContent(fields);
    }

    private async Task<(string Roster, string Job)> SolvedAsync()
    {
        var solve = new SolveService.SolveServiceClient(server.Channel());
        var reference = new ProblemReference { Unit = "units/solbacken", Period = new V1.Period { StartDate = "2027-03-01", Days = 7 } };
        var job = await solve.StartSolveAsync(new StartSolveRequest { Reference = reference, Options = new SolveOptions { TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(2)), Workers = 2 } });
        using var watch = solve.WatchSolve(new WatchSolveRequest { Name = job.Name });
        SolveProgress last = new();
        while (await watch.ResponseStream.MoveNext(CancellationToken.None)) last = watch.ResponseStream.Current;
        return (last.FinalJob.Result.Roster["rosters/".Length..], job.Name["solveJobs/".Length..]);
    }

    /// <summary>The 403 page with what differs per request taken out (the path in the language link, antiforgery tokens).</summary>
    private static string Normalised(string body, string path) =>
        AntiforgeryField().Replace(body, "TOKEN").Replace(path, "PATH", StringComparison.Ordinal);

    [Fact]
    public async Task Every_review_handler_wants_a_sign_in_and_refuses_employees_and_managers_of_other_units()
    {
        var handlers = ReviewHandlers();
        // The enumeration finds what the pages have (a new handler is tested without being listed here).
        foreach (var expected in new[] { "GET /", "GET /units/{unit}", "POST /units/{unit}?handler=Solve", "GET /jobs/{job}", "GET /jobs/{job}?handler=Progress", "POST /jobs/{job}?handler=Cancel",
                     "GET /rosters/{roster}", "POST /rosters/{roster}?handler=Edit", "POST /rosters/{roster}?handler=Approve", "POST /rosters/{roster}?handler=Publish",
                     "POST /rosters/{roster}?handler=Resolve", "GET /rosters/{roster}?handler=Csv", "GET /rosters/{roster}?handler=Ical" })
            Assert.Contains(expected, handlers.Select(h => h.ToString()));

        var (roster, job) = await SolvedAsync();
        var anonymous = Browser();
        var employee = await SignedInAsync(TestTokens.Employee("units/solbacken", "E01"));
        var stranger = await SignedInAsync(TestTokens.Manager("units/other"));
        var manager = await SignedInAsync(TestTokens.Manager("units/solbacken"));
        var strangerForm = await FormAsync(stranger, new() { ["employee"] = "E01", ["date"] = "2027-03-01", ["reason"] = "x", ["timeLimit"] = "1" });
        var employeeForm = await FormAsync(employee, new() { ["employee"] = "E01", ["date"] = "2027-03-01", ["reason"] = "x", ["timeLimit"] = "1" });

        foreach (var h in handlers)
        {
            var url = Url(h, roster, job);
            var method = new HttpMethod(h.Method);

            // No cookie: the sign-in page (401 for the JSON progress poll), and nothing done.
            var response = await anonymous.SendAsync(new HttpRequestMessage(method, url) { Content = h.Method == "POST" ? new FormUrlEncodedContent([]) : null });
            if (h.Name == "Progress") Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{h} without a sign-in: {response.StatusCode}");
                Assert.StartsWith("http://localhost/signin?returnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
            }

            // An employee: 403 on every review page; the manager of another unit: 403 for anything of this unit.
            foreach (var (who, client, form) in new[] { ("employee", employee, employeeForm), ("manager of units/other", stranger, strangerForm) })
            {
                if (h.Route == "/" && who != "employee") continue;
                response = await client.SendAsync(new HttpRequestMessage(method, url) { Content = h.Method == "POST" ? form : null });
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{h} as {who}: {response.StatusCode}");
                Assert.Contains("id=\"denied\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        // A foreign roster or job and a missing one give the very same page: nothing says which exists.
        foreach (var (existing, missing) in new[] { ($"/rosters/{roster}", "/rosters/0123456789abcdef"), ($"/jobs/{job}", "/jobs/0123456789abcdef"), ($"/rosters/{roster}?handler=Csv", "/rosters/0123456789abcdef?handler=Csv") })
        {
            var a = await stranger.GetAsync(existing);
            var b = await stranger.GetAsync(missing);
            Assert.Equal(HttpStatusCode.Forbidden, a.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, b.StatusCode);
            Assert.Equal(Normalised(await b.Content.ReadAsStringAsync(), missing.Split('?')[0]), Normalised(await a.Content.ReadAsStringAsync(), existing.Split('?')[0]));
        }

        // Comparing with a roster of another unit is refused too, even from a roster of one's own.
        var other = await stranger.GetAsync($"/rosters/{roster}?view=versions&other={roster}");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);

        // The unit's manager sees the unit, its job, the roster and its exports; the other manager's list is empty.
        Assert.Contains("href=\"/units/solbacken\"", await manager.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/units/solbacken\"", await stranger.GetStringAsync("/"), StringComparison.Ordinal);
        foreach (var url in new[] { "/units/solbacken", $"/jobs/{job}", $"/jobs/{job}?handler=Progress", $"/rosters/{roster}", $"/rosters/{roster}?view=wishes", $"/rosters/{roster}?handler=Csv", $"/rosters/{roster}?handler=Ical&employee=E01" })
            Assert.True((await manager.GetAsync(url)).StatusCode == HttpStatusCode.OK, url);
        // The payroll export: CSV by default, Excel on request.
        var payroll = await manager.GetAsync($"/rosters/{roster}?handler=Payroll");
        Assert.Equal("text/csv", payroll.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("row,employee_id,employee_name,date,shifts,worked_hours", await payroll.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var workbook = await manager.GetAsync($"/rosters/{roster}?handler=Payroll&format=xlsx");
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await workbook.Content.ReadAsByteArrayAsync())[..2]));
        // The wishes view gives the reason of each refused wish in the page's language (made refused here by hand).
        var rosters = new RosterService.RosterServiceClient(server.Channel());
        var stored = await rosters.GetRosterAsync(new GetRosterRequest { Name = "rosters/" + roster });
        var wish = stored.Wishes.FirstOrDefault(w => w.Granted && w.Kind == WishKind.DayOff) ?? stored.Wishes.First(w => !w.Granted);
        if (wish.Granted)
        {
            var shift = stored.Assignments.First(a => a.Date == wish.Date).Shift;
            await rosters.EditRosterAsync(new EditRosterRequest { Name = stored.Name, Employee = wish.Employee, Date = wish.Date, Shift = shift });
        }

        var reasons = new Dictionary<string, List<string>>();
        foreach (var lang in new[] { "sv", "en" })
        {
            var html = await manager.GetStringAsync($"/rosters/{roster}?view=wishes&lang={lang}");
            Assert.Contains("<table id=\"fairness\">", html, StringComparison.Ordinal);
            Assert.Contains("<table id=\"fairness-spread\">", html, StringComparison.Ordinal);
            var row = Regex.Match(html, $"<tr>\\s*<th scope=\"row\">[^<]*</th>\\s*<td[^>]*><a href=\"\\?e={wish.Employee}&d={wish.Date}#edit\">[\\s\\S]*?</tr>");
            Assert.True(row.Success, $"the refused wish of {wish.Employee} on {wish.Date} is listed ({lang})");
            reasons[lang] = [.. Regex.Matches(html, "<td class=\"reason\">([^<]+)</td>").Select(m => m.Groups[1].Value)];
            Assert.Matches("<td class=\"reason\">[^<]+</td>", row.Value);
        }

        Assert.Equal(reasons["sv"].Count, reasons["en"].Count);
        Assert.NotEqual(reasons["sv"], reasons["en"]);

        // A planner's cookie sees every unit; a missing roster is then simply not found.
        var planner = await SignedInAsync(TestTokens.Planner());
        Assert.Equal(HttpStatusCode.OK, (await planner.GetAsync($"/rosters/{roster}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await planner.GetAsync("/rosters/0123456789abcdef")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_takes_a_valid_token_only_and_the_cookie_expires_with_it()
    {
        var client = Browser();
        var signin = await client.GetStringAsync("/signin");
        Assert.Contains("<html lang=\"sv\">", signin, StringComparison.Ordinal);
        Assert.Contains("id=\"token\"", signin, StringComparison.Ordinal);

        // Refused: a token signed with another key, an expired one, not a token at all. No cookie is set.
        var now = DateTimeOffset.UtcNow;
        foreach (var (token, error) in new[]
                 {
                     (TokenCommand.Mint("another-key-of-at-least-32-bytes-0123456789", SchedulingAuth.Manager, "m", null, ["units/solbacken"], TimeSpan.FromHours(1), now), "ogiltig"),
                     (TokenCommand.Mint(TestTokens.Key, SchedulingAuth.Manager, "m", null, ["units/solbacken"], TimeSpan.FromMinutes(5), now.AddHours(-1)), "gått ut"),
                     ("not a token", "ingen token"),
                 })
        {
            var refused = await client.PostAsync("/signin", await FormAsync(client, new() { ["token"] = token }));
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(error, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain(refused.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith("scheduling-signin=", StringComparison.Ordinal));
        }

        // Accepted: an HttpOnly, SameSite=Strict cookie that expires when the token does, then back where the reader was going.
        var minted = TokenCommand.Mint(TestTokens.Key, SchedulingAuth.Manager, "m", null, ["units/solbacken"], TimeSpan.FromMinutes(30), now);
        var response = await client.PostAsync("/signin?returnUrl=%2Funits%2Fsolbacken", await FormAsync(client, new() { ["token"] = minted }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/units/solbacken", response.Headers.Location?.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("scheduling-signin=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var expires = DateTimeOffset.Parse(Regex.Match(cookie, "expires=([^;]+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expires, now.AddMinutes(29), now.AddMinutes(30).AddSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/units/solbacken")).StatusCode);

        // An offsite return address is not followed.
        var offsite = await client.PostAsync("/signin?returnUrl=https%3A%2F%2Fexample.org%2F", await FormAsync(client, new() { ["token"] = minted }));
        Assert.Equal("/", offsite.Headers.Location?.OriginalString);

        // The cookie is for the pages only: the JSON API still wants a bearer token.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/v1/units")).StatusCode);

        // Sign out: the pages want a sign-in again.
        var page = await client.GetStringAsync("/units/solbacken");
        Assert.Contains("id=\"signout\"", page, StringComparison.Ordinal);
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value) });
        var signout = await client.PostAsync("/signin?handler=SignOut", form);
        Assert.Equal(HttpStatusCode.Redirect, signout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/units/solbacken")).StatusCode);
    }

    [Fact]
    public async Task With_the_development_sign_in_on_a_button_signs_in_as_planner()
    {
        // ClockedServer turns Scheduling:Auth:DevelopmentSignIn on (SignInTests: off by default); the browser test checks a host without it has no button.
        var client = Browser();
        var signin = await client.GetStringAsync("/signin?lang=en");
        Assert.Contains("Sign in as planner (development)", signin, StringComparison.Ordinal);
        var response = await client.PostAsync("/signin?handler=Development", await FormAsync(client, []));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var units = await client.GetStringAsync("/");
        Assert.Contains("href=\"/units/solbacken\"", units, StringComparison.Ordinal);
        Assert.Contains("development-planner", units, StringComparison.Ordinal);
    }
}
