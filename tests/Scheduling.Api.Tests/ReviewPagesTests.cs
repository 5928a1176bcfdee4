namespace Scheduling.Api.Tests;

/// <summary>The review pages over the in-memory server (the browser test drives them end to end).</summary>
[Collection(ServerCollection.Name)]
public class ReviewPagesTests(InMemoryServer server)
{
    [Fact]
    public async Task The_entry_page_lists_the_units_in_Swedish_and_in_English_on_request()
    {
        using var client = server.CreateClient();
        var swedish = await client.GetStringAsync("/");
        Assert.Contains("<html lang=\"sv\">", swedish, StringComparison.Ordinal);
        Assert.Contains("href=\"/units/solbacken\"", swedish, StringComparison.Ordinal);
        Assert.Contains("Solbacken vård- och omsorgsboende", swedish, StringComparison.Ordinal);

        var english = await client.GetStringAsync("/?lang=en");
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("<h1>Units</h1>", english, StringComparison.Ordinal);

        var unit = await client.GetStringAsync("/units/solbacken");
        Assert.Contains("id=\"solve-form\"", unit, StringComparison.Ordinal);
        Assert.Contains("value=\"2027-03-01\"", unit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_units_rosters_and_jobs_are_not_found()
    {
        using var client = server.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/units/nope")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/rosters/nope")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/jobs/nope")).StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var client = server.CreateClient();
        var response = await client.PostAsync("/units/solbacken?handler=Solve", new FormUrlEncodedContent(new Dictionary<string, string> { ["StartDate"] = "2027-03-01", ["Days"] = "7", ["TimeLimit"] = "1" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
