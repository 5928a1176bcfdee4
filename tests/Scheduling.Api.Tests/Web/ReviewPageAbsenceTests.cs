using Microsoft.Playwright;

namespace Scheduling.Api.Tests.Web;

/// <summary>A sick call through the review page: record the absence on a published roster, see the ranked candidates, accept one, see the new version.</summary>
public sealed partial class ReviewPageTests
{
    [Fact]
    public async Task A_manager_walks_a_sick_call_from_absence_to_candidates_to_a_new_version()
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 }, BaseURL = host.HttpAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.Locator("#token").FillAsync(ManagerToken("units/solbacken"));
        await page.Locator("#signin").ClickAsync();

        // A week solved, approved and published (more than 14 days ahead: no reason needed).
        await page.GotoAsync("/units/solbacken");
        await page.Locator("#StartDate").FillAsync("2027-03-01");
        await page.Locator("#Days").FillAsync("7");
        await page.Locator("#TimeLimit").FillAsync("10");
        await page.Locator("#solve-form button").ClickAsync();
        var published = await SolveAndOpenRosterAsync(page);
        await page.Locator("#approve").ClickAsync();
        if (await page.Locator("#reason[required]").CountAsync() > 0) await page.Locator("#reason").FillAsync("Samtycke från berörda medarbetare");
        await page.Locator("#publish").ClickAsync();
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("Publicerat");

        // Someone working on 3 March calls in sick: their cell's link names them.
        var sick = await page.EvaluateAsync<string>("""
            [...document.querySelectorAll("#grid a[href$='&d=2027-03-03#edit']")].find(a => a.textContent.trim() !== '·')
              .getAttribute('href').match(/e=([^&]+)/)[1]
            """);
        await page.Locator("#tab-absence").ClickAsync();
        await Assertions.Expect(page.Locator("#absence-form")).ToBeVisibleAsync();
        await page.Locator("#absence-employee").SelectOptionAsync(sick);
        await page.Locator("#absence-from").FillAsync("2027-03-03");
        await page.Locator("#absence-to").FillAsync("2027-03-03");
        await page.Locator("#absence-kind").SelectOptionAsync("SICK");
        await page.Locator("#absence-submit").ClickAsync();

        // The shift it opens, with the candidates best first, each with a reason; the recorded absence listed.
        await Assertions.Expect(page.Locator("#replacements")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#absences tbody tr")).ToHaveCountAsync(1);
        var candidates = page.Locator("table.candidates[data-date='2027-03-03'] tbody tr:has(button.accept)");
        await Assertions.Expect(candidates.First).ToBeVisibleAsync();
        await Assertions.Expect(candidates.First.Locator("td").First).ToHaveTextAsync("1");
        await Assertions.Expect(candidates.First).ToContainTextAsync("utan att bryta någon hård regel");
        await ShotAsync(page, "13-absence-candidates");
        await AccessibleAsync(page, "13-absence-candidates");

        // Accept the first: the new version, proposed, compared with the published one: two shifts moved.
        await candidates.First.Locator("button.accept").ClickAsync();
        await Assertions.Expect(page.Locator("#comparison")).ToBeVisibleAsync();
        Assert.NotEqual(published.Split('?', '#')[0], page.Url.Split('?', '#')[0]);
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("Förslag");
        await Assertions.Expect(page.Locator("#moved tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#versions tbody tr")).ToHaveCountAsync(2);
        await ShotAsync(page, "14-absence-accepted");

        // The published version is untouched until the new one is published.
        await page.GotoAsync(published);
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("Publicerat");
    }
}
