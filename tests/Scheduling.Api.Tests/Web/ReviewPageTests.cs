using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Scheduling.Api.Tests.Web;

/// <summary>
/// The review pages in a real browser (Debian's headless chromium driven by Playwright) against the service
/// started as a process: open the example unit, solve, see the grid, pin a shift, re-solve, see the pin kept,
/// compare, approve and publish. Screenshots of the main views go to TestResults/screenshots.
/// </summary>
public sealed partial class ReviewPageTests : IAsyncLifetime
{
    private readonly string data = TestPaths.TempDirectory();
    private HostProcess host = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    /// <summary>The system chromium (CHROMIUM_PATH, else /usr/bin/chromium); Playwright must not download one.</summary>
    private static string Chromium()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } p ? p : "/usr/bin/chromium";
        Assert.True(File.Exists(path), $"the browser tests need Chromium at {path}: apt-get install -y chromium (or set CHROMIUM_PATH)");
        return path;
    }

    public static string ScreenshotDirectory { get; } = Path.Combine(TestPaths.Root, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = Chromium();
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Directory.CreateDirectory(ScreenshotDirectory);
        host = await HostProcess.StartAsync(data, "--Scheduling:DefaultWorkers=2");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox", "--disable-dev-shm-usage"] });
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await host.DisposeAsync();
        try
        {
            Directory.Delete(data, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, name + ".png") });

    private static async Task<string> SolveAndOpenRosterAsync(IPage page)
    {
        await Assertions.Expect(page).ToHaveURLAsync(JobUrl(), new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#p-done")).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await page.Locator("#p-roster").ClickAsync();
        await Assertions.Expect(page.Locator("#grid")).ToBeVisibleAsync();
        return page.Url;
    }

    /// <summary>
    /// Runs axe-core (WCAG 2.1 A and AA rules) on the page; the findings go next to the screenshots and any
    /// serious or critical one fails the test.
    /// </summary>
    private static async Task AccessibleAsync(IPage page, string name)
    {
        var result = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
        {
            RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var findings = result.Violations.Select(v => $"{v.Impact} {v.Id}: {v.Help} ({v.Nodes.Length}) e.g. {v.Nodes.FirstOrDefault()?.Html}").ToList();
        await File.WriteAllLinesAsync(Path.Combine(ScreenshotDirectory, name + ".axe.txt"), findings.DefaultIfEmpty("no violations"));
        Assert.Empty(result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{name}: {v.Id} {v.Help} e.g. {v.Nodes.FirstOrDefault()?.Html}"));
    }

    /// <summary>A manager's token signed with the service's own key (what <c>scheduling token --role manager --unit UNIT</c> prints).</summary>
    private string ManagerToken(string unit) =>
        Scheduling.Cli.TokenCommand.Mint(File.ReadAllText(host.KeyFile).Trim(), Scheduling.Api.V1.Auth.SchedulingAuth.Manager, "browser-test-manager", null, [unit], TimeSpan.FromHours(1), DateTimeOffset.UtcNow);

    [GeneratedRegex("/jobs/[0-9a-f]+$")]
    private static partial Regex JobUrl();

    [Fact]
    public async Task A_manager_reviews_pins_resolves_compares_approves_and_publishes_the_example_unit()
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 }, BaseURL = host.HttpAddress.ToString() });
        var page = await context.NewPageAsync();

        // Not signed in: the sign-in page. A production host has no development button; paste a manager's token
        // (as `scheduling token --role manager --unit units/solbacken` mints it with the service's key).
        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/signin\\?returnUrl=%2F$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Logga in");
        await Assertions.Expect(page.Locator("#signin-dev")).ToHaveCountAsync(0);
        await page.Locator("#token").FillAsync("not a token");
        await page.Locator("#signin").ClickAsync();
        await Assertions.Expect(page.Locator("#signin-error")).ToBeVisibleAsync();
        await ShotAsync(page, "0-signin");
        await AccessibleAsync(page, "0-signin");
        await page.Locator("#token").FillAsync(ManagerToken("units/solbacken"));
        await page.Locator("#signin").ClickAsync();

        // The entry page lists the manager's units; the example unit opens with a form to plan a roster.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Enheter");
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync("verksamhetschef");
        await page.Locator("#units a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#solve-form")).ToBeVisibleAsync();
        await page.Locator("#StartDate").FillAsync("2027-03-01");
        await page.Locator("#Days").FillAsync("14");
        await page.Locator("#TimeLimit").FillAsync("6");
        await page.Locator("#solve-form button").ClickAsync();
        await Assertions.Expect(page.Locator("#p-objective")).Not.ToHaveTextAsync("–", new() { Timeout = 60_000 });
        await ShotAsync(page, "1-progress");
        var first = await SolveAndOpenRosterAsync(page);

        // The grid: a row per employee, a column per day; pin the first day shift.
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("Förslag");
        Assert.Equal(37, await page.Locator("#grid tbody tr").CountAsync());
        await ShotAsync(page, "2-grid");
        await AccessibleAsync(page, "2-grid");
        await page.Locator("#grid tfoot").ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, "2-grid-day-totals.png") });
        var cell = page.Locator("#grid tbody td.k-Day a").First;
        var href = await cell.GetAttributeAsync("href") ?? "";
        var shift = (await cell.InnerTextAsync()).Trim();
        var employee = Regex.Match(href, "e=([^&]+)").Groups[1].Value;
        var date = Regex.Match(href, "d=([0-9-]+)").Groups[1].Value;
        await cell.ClickAsync();
        await Assertions.Expect(page.Locator("#edit-form")).ToBeVisibleAsync();
        await page.Locator("#pinned").CheckAsync();
        await page.Locator("#save").ClickAsync();
        await Assertions.Expect(page.Locator("#change")).ToBeVisibleAsync();
        var pinnedCell = page.Locator($"#grid td.pin a[href='?e={employee}&d={date}#edit']");
        await Assertions.Expect(pinnedCell).ToHaveTextAsync(shift);
        await ShotAsync(page, "3-pinned");

        // A refused action shows why on the page: a proposed roster cannot be published before it is approved.
        var form = await page.EvaluateAsync<string>("document.querySelector('#resolve-form').action");
        var token = await page.Locator("#resolve-form input[name=__RequestVerificationToken]").GetAttributeAsync("value");
        var refused = await page.APIRequest.PostAsync(form.Replace("handler=Resolve", "handler=Publish", StringComparison.Ordinal), new() { Form = context.APIRequest.CreateFormData().Set("__RequestVerificationToken", token!), MaxRedirects = 0 });
        Assert.Equal(302, refused.Status);
        await page.GotoAsync(refused.Headers["location"]);
        await Assertions.Expect(page.Locator("#error")).ToContainTextAsync("PROPOSED");

        // Change another day by hand: the rule checker's verdict shows at once.
        var other = page.Locator("#grid tbody tr").Nth(5).Locator("td.k-Evening a, td.k-Day a").First;
        await other.ClickAsync();
        await page.Locator("#shift").SelectOptionAsync("");
        await page.Locator("#save").ClickAsync();
        await Assertions.Expect(page.Locator("#change h3")).ToContainTextAsync("Ledig");
        await ShotAsync(page, "4-changed");
        await AccessibleAsync(page, "4-changed");

        // A day shift on a day someone wished off (the example's first such wish in these two weeks), so that a wish
        // is refused whatever the solve found.
        var example = Google.Protobuf.JsonParser.Default.Parse<Scheduling.Api.V1.Problem>(await File.ReadAllTextAsync(TestPaths.Example("care-home-solbacken.json")));
        var dayOff = example.Wishes.First(w => w.Kind == Scheduling.Api.V1.WishKind.DayOff && string.CompareOrdinal(w.Date, "2027-03-15") < 0);
        await page.GotoAsync($"{first.Split('?', '#')[0]}?e={dayOff.Employee}&d={dayOff.Date}#edit");
        await page.Locator("#shift").SelectOptionAsync("D");
        await page.Locator("#save").ClickAsync();
        await Assertions.Expect(page.Locator("#change")).ToBeVisibleAsync();

        // The other views.
        await page.Locator("#tab-coverage").ClickAsync();
        await Assertions.Expect(page.Locator("#coverage svg").First).ToBeVisibleAsync();
        await ShotAsync(page, "5-coverage");
        await AccessibleAsync(page, "5-coverage");
        await page.Locator("#tab-checks").ClickAsync();
        await Assertions.Expect(page.Locator("#penalty-by-rule")).ToBeVisibleAsync();
        // Rules by their Swedish names from the rule registry, not their ids; no internal document in a source.
        await Assertions.Expect(page.Locator("#penalty-by-rule tbody td:first-child").First).Not.ToHaveTextAsync(new Regex("^[a-z]+(-[a-z]+)+$"));
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("DOMAIN.md");
        await ShotAsync(page, "6-checks");
        await AccessibleAsync(page, "6-checks");
        await page.Locator("#tab-wishes").ClickAsync();
        await Assertions.Expect(page.Locator("#fairness")).ToBeVisibleAsync();
        // A refused wish says why (the example's two weeks always refuse some).
        await Assertions.Expect(page.Locator("#refused-wishes tbody td.reason").First).ToHaveTextAsync(new Regex("^Nekad"));
        await ShotAsync(page, "7-wishes");
        await AccessibleAsync(page, "7-wishes");
        await page.Locator("#fairness").ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, "7-wishes-fairness.png") });
        await page.Locator("#fairness-spread").ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, "7-wishes-spread.png") });
        await page.Locator("#tab-cost").ClickAsync();
        await Assertions.Expect(page.Locator("#cost-by-kind")).ToBeVisibleAsync();
        await ShotAsync(page, "8-cost");

        // Re-solve from this version: the pin is kept in version 2.
        await page.Locator("#tab-grid").ClickAsync();
        await page.Locator("#timeLimit").FillAsync("15");
        await page.Locator("#resolve").ClickAsync();
        var second = await SolveAndOpenRosterAsync(page);
        Assert.NotEqual(first, second);
        await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("2");
        await Assertions.Expect(page.Locator($"#grid td.pin a[href='?e={employee}&d={date}#edit']")).ToHaveTextAsync(shift);

        // Compare with the version it was made from.
        await page.Locator("#tab-versions").ClickAsync();
        await Assertions.Expect(page.Locator("#comparison")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#versions tbody tr")).ToHaveCountAsync(2);
        await ShotAsync(page, "9-compare");
        await AccessibleAsync(page, "9-compare");

        // Approve, then publish (with a reason when the notice is short); a published roster is read-only.
        await page.Locator("#tab-grid").ClickAsync();
        await page.Locator("#approve").ClickAsync();
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("Godkänt");
        if (await page.Locator("#reason[required]").CountAsync() > 0) await page.Locator("#reason").FillAsync("Samtycke från berörda medarbetare");
        await page.Locator("#publish").ClickAsync();
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("Publicerat");
        await Assertions.Expect(page.Locator("#approve")).ToHaveCountAsync(0);
        await ShotAsync(page, "10-published");

        await AccessibleAsync(page, "10-published");

        // On a tablet (portrait) the grid scrolls inside its frame, names and dates stay in view.
        var tablet = await context.NewPageAsync();
        await tablet.SetViewportSizeAsync(820, 1180);
        await tablet.GotoAsync(second);
        await Assertions.Expect(tablet.Locator("#grid")).ToBeVisibleAsync();
        await ShotAsync(tablet, "11-tablet-grid");

        // A period starting within the 14 days' notice: publishing asks for a reason and records it.
        await page.GotoAsync("/units/solbacken");
        var soon = DateTime.UtcNow.Date.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.Locator("#StartDate").FillAsync(soon);
        await page.Locator("#Days").FillAsync("7");
        await page.Locator("#TimeLimit").FillAsync("3");
        await page.Locator("#solve-form button").ClickAsync();
        await SolveAndOpenRosterAsync(page);
        await page.Locator("#approve").ClickAsync();
        await Assertions.Expect(page.Locator("#reason[required]")).ToHaveCountAsync(1);
        await page.Locator("#reason").FillAsync("Sjukfrånvaro, samtycke från berörda");
        await page.Locator("#publish").ClickAsync();
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("Publicerat");
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("Sjukfrånvaro, samtycke från berörda");
        await ShotAsync(page, "12-published-late");

        // English on request, kept for the next page.
        await page.Locator("#lang-switch").ClickAsync();
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("Published");
        await page.Locator("#tab-checks").ClickAsync();
        await Assertions.Expect(page.Locator("#tab-checks")).ToHaveTextAsync("Rule checks");

        // The first version's refused wishes (seen in Swedish above: "Nekad…"), with their reasons in English.
        await page.GotoAsync(first + "?view=wishes");
        await Assertions.Expect(page.Locator("#fairness caption")).ToContainTextAsync("Fairness");
        await Assertions.Expect(page.Locator("#refused-wishes tbody td.reason").First).ToHaveTextAsync(new Regex("^Refused"));
        await ShotAsync(page, "12-wishes-english");
        await AccessibleAsync(page, "12-wishes-english");

        // The manager of another unit: the same roster is a 403 page that says nothing about it.
        var stranger = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 }, BaseURL = host.HttpAddress.ToString() });
        var strangerPage = await stranger.NewPageAsync();
        await strangerPage.GotoAsync("/signin");
        await strangerPage.Locator("#token").FillAsync(ManagerToken("units/other"));
        await strangerPage.Locator("#signin").ClickAsync();
        await Assertions.Expect(strangerPage.Locator("h1")).ToHaveTextAsync("Enheter");
        await Assertions.Expect(strangerPage.Locator("#units")).ToHaveCountAsync(0);
        var denied = await strangerPage.GotoAsync(second);
        Assert.Equal(403, denied!.Status);
        await Assertions.Expect(strangerPage.Locator("#denied")).ToBeVisibleAsync();
        Assert.DoesNotContain("Solbacken", await strangerPage.ContentAsync(), StringComparison.Ordinal);
        await ShotAsync(strangerPage, "13-denied");
        await AccessibleAsync(strangerPage, "13-denied");
        await stranger.DisposeAsync();

        // Exports: CSV of the whole roster, iCalendar per employee.
        var csv = await context.APIRequest.GetAsync(second + "?handler=Csv");
        Assert.True(csv.Ok);
        Assert.StartsWith("employee,employee_name,date,shift", (await csv.TextAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);
        var ical = await context.APIRequest.GetAsync(second + $"?handler=Ical&employee={employee}");
        var text = await ical.TextAsync();
        Assert.Contains("BEGIN:VCALENDAR", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Stockholm:" + date.Replace("-", "", StringComparison.Ordinal), text, StringComparison.Ordinal);
    }
}
