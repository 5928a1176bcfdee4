using Microsoft.Extensions.DependencyInjection;
using Scheduling.Api.V1;
using Scheduling.Domain.Reporting;
using Scheduling.Domain.Rules;

namespace Scheduling.Api.Tests;

/// <summary>
/// A stored roster's rule checks in the reader's language: GetRoster (gRPC and JSON) and the review page's checks tab give
/// each violation's rule name, source and message in Swedish by default and in English on request, and never an internal
/// document's name.
/// </summary>
public sealed class RosterLanguageTests : IAsyncLifetime, IDisposable
{
    private readonly ClockedServer server = new();

    public Task InitializeAsync() => SmallRoster.PublishAsync(server.Services);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => server.Dispose();

    private RosterService.RosterServiceClient Rosters() => new(server.Channel(TestTokens.Manager("units/solbacken")));

    [Fact]
    public async Task GetRoster_gives_the_violations_in_Swedish_by_default_and_in_English_on_request()
    {
        var swedish = Assert.Single((await Rosters().GetRosterAsync(new GetRosterRequest { Name = SmallRoster.Name })).Violations);
        var english = Assert.Single((await Rosters().GetRosterAsync(new GetRosterRequest { Name = SmallRoster.Name, Language = "en" })).Violations);

        Assert.Equal((RuleIds.Wishes, RuleIds.Wishes), (swedish.Rule, english.Rule));
        Assert.Equal(("önskemål", "önskeschemat"), (swedish.RuleName, swedish.Source));
        Assert.Equal(("wishes", "the wish schedule (önskeschema)"), (english.RuleName, english.Source));
        // The same violation (who, when, how much), its message in each language.
        Assert.Equal((swedish.Employee, swedish.Dates, swedish.Units, swedish.Penalty), (english.Employee, english.Dates, english.Units, english.Penalty));
        Assert.NotEqual(swedish.Message, english.Message);
        var checkedAgain = Assert.Single(Domain.Checking.RuleChecker.Evaluate(
            await server.Services.GetRequiredService<Application.Review.RosterVersions>().ProblemAsync(await server.Services.GetRequiredService<Application.Review.RosterVersions>().GetVersionAsync(SmallRoster.Name, CancellationToken.None), CancellationToken.None),
            new Domain.Roster([new Domain.Assignment(new Domain.EmployeeId("E01"), new NodaTime.LocalDate(2027, 3, 3), new Domain.ShiftCode("D"))])).Violations);
        Assert.Equal(checkedAgain.MessageIn(ReportLanguage.English), english.Message);
        Assert.Equal(checkedAgain.MessageIn(ReportLanguage.Swedish), swedish.Message);

        using var http = server.CreateClient().With(TestTokens.Manager("units/solbacken"));
        foreach (var query in new[] { "", "?language=en" })
        {
            var json = await http.GetStringAsync(new Uri($"/v1/rosters/small{query}", UriKind.Relative));
            Assert.Contains("\"ruleName\":", json, StringComparison.Ordinal);
            Assert.DoesNotContain("DOMAIN", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_review_pages_checks_tab_names_rules_and_sources_in_the_pages_language()
    {
        using var http = server.CreateClient().With(TestTokens.Manager("units/solbacken"));
        var swedish = await http.GetStringAsync(new Uri("/rosters/small?view=checks", UriKind.Relative));
        var english = await http.GetStringAsync(new Uri("/rosters/small?view=checks&lang=en", UriKind.Relative));

        Assert.Contains("<b>önskemål</b> (önskeschemat)", swedish, StringComparison.Ordinal);
        Assert.Contains("<b>wishes</b> (the wish schedule (önskeschema))", english, StringComparison.Ordinal);
        var message = Assert.Single((await Rosters().GetRosterAsync(new GetRosterRequest { Name = SmallRoster.Name, Language = "en" })).Violations).Message;
        // The English message on the page (however the page encodes its apostrophes).
        Assert.All(message.Split('\''), part => Assert.Contains(part, english, StringComparison.Ordinal));
        Assert.DoesNotContain(Assert.Single((await Rosters().GetRosterAsync(new GetRosterRequest { Name = SmallRoster.Name })).Violations).Message, english, StringComparison.Ordinal);
        foreach (var page in new[] { swedish, english }) Assert.DoesNotContain("DOMAIN", page, StringComparison.Ordinal);
    }
}
