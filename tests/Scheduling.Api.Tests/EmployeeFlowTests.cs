using Google.Rpc;
using Scheduling.Api.V1;
using Duration = Google.Protobuf.WellKnownTypes.Duration;
using Period = Scheduling.Api.V1.Period;

namespace Scheduling.Api.Tests;

/// <summary>
/// The employee's flow end to end through the service: wishes and a standing preference submitted in the window
/// are in the unit's problem, the solved roster reports their outcomes, the employee sees the roster only once it
/// is published, reads the reasons in Swedish or English, and prices a wish; the manager prices any wish.
/// </summary>
public sealed class EmployeeFlowTests(ClockedServer server) : IClassFixture<ClockedServer>
{
    private const string Unit = "units/solbacken";

    private static Duration Seconds(double s) => Duration.FromTimeSpan(TimeSpan.FromSeconds(s));

    private static async Task<RpcException> Refused(Func<Task> call, StatusCode expected)
    {
        var ex = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(expected == ex.StatusCode, $"{ex.StatusCode}: {ex.Status.Detail}");
        return ex;
    }

    [Fact]
    public async Task Wishes_and_a_no_nights_preference_go_through_solve_publish_outcomes_in_two_languages_and_cost_to_grant()
    {
        var managerChannel = server.Channel(TestTokens.Manager(Unit));
        var windows = new WindowService.WindowServiceClient(managerChannel);
        var units = new UnitService.UnitServiceClient(managerChannel);
        var solve = new SolveService.SolveServiceClient(managerChannel);
        var rosters = new RosterService.RosterServiceClient(managerChannel);
        var anna = new EmployeeSelfService.EmployeeSelfServiceClient(server.Channel(TestTokens.Employee(Unit, "E01")));
        var bertil = new EmployeeSelfService.EmployeeSelfServiceClient(server.Channel(TestTokens.Employee(Unit, "E02")));
        var period = new Period { StartDate = "2027-03-01", Days = 7 };

        await windows.SetWishWindowAsync(new SetWishWindowRequest
        {
            Window = new WishWindow { Name = $"{Unit}/wishWindows/2027-03-01", Period = new Period { Days = 7 }, Opens = "2027-01-01", Closes = "2027-01-31" },
        });
        server.Today(2027, 1, 10);
        var mine = await anna.SubmitMyWishesAsync(new SubmitMyWishesRequest
        {
            Wishes =
            {
                new MyWish { Date = "2027-03-03", Kind = MyWish.Types.Kind.DayOff, Priority = WishPriority.High },
                new MyWish { Date = "2027-03-04", Kind = MyWish.Types.Kind.ShiftOn, Shift = "N" },
            },
            Preferences = { new StandingPreference { Kind = StandingPreference.Types.Kind.NoShiftKind, ShiftKind = ShiftKind.Night, Priority = WishPriority.High } },
        });
        var dayOff = mine.Wishes.Single(w => w.Date == "2027-03-03");

        // 1. The standing preference is in the unit's problem, weighted by its priority.
        var problem = await units.GetUnitProblemAsync(new GetUnitProblemRequest { Unit = Unit, Period = period });
        var preference = Assert.Single(problem.Preferences, p => p.Employee == "E01");
        Assert.Equal((PreferenceKind.NoShiftKind, ShiftKind.Night, 10), (preference.Kind, preference.ShiftKind, preference.Weight));

        // 5. Nothing published yet: NOT_FOUND with a clear message, also once a proposal exists.
        var none = await Refused(() => anna.GetMyRosterAsync(new GetMyRosterRequest()).ResponseAsync, StatusCode.NotFound);
        Assert.Contains("published", none.Status.Detail, StringComparison.Ordinal);
        var job = await solve.StartSolveAsync(new StartSolveRequest { Reference = new ProblemReference { Unit = Unit, Period = period }, Options = new SolveOptions { TimeLimit = Seconds(3), Workers = 2 } });
        using (var watch = solve.WatchSolve(new WatchSolveRequest { Name = job.Name }))
            while (await watch.ResponseStream.MoveNext(CancellationToken.None)) job = watch.ResponseStream.Current.FinalJob ?? job;
        var roster = await rosters.GetRosterAsync(new GetRosterRequest { Name = job.Result.Roster });
        var outcome = Assert.Single(roster.Preferences, p => p.Preference.Employee == "E01");
        Assert.Equal(PreferenceKind.NoShiftKind, outcome.Preference.Kind);
        Assert.Equal(outcome.TimesAgainst == 0, outcome.Kept);
        Assert.StartsWith(outcome.Kept ? "uppfylld" : "ej uppfylld", outcome.Text, StringComparison.Ordinal);
        await Refused(() => anna.GetMyRosterAsync(new GetMyRosterRequest()).ResponseAsync, StatusCode.NotFound);
        await Refused(() => anna.GetMyWishOutcomesAsync(new GetMyWishOutcomesRequest { Roster = roster.Name }).ResponseAsync, StatusCode.NotFound);

        await rosters.ApproveRosterAsync(new ApproveRosterRequest { Name = roster.Name });
        await rosters.PublishRosterAsync(new PublishRosterRequest { Name = roster.Name });
        var myRoster = await anna.GetMyRosterAsync(new GetMyRosterRequest());
        Assert.Equal(roster.Name, myRoster.Roster);
        Assert.All(myRoster.Assignments, a => Assert.Equal("E01", a.Employee));
        Assert.Equal(roster.Assignments.Count(a => a.Employee == "E01"), myRoster.Assignments.Count);

        // 3. The reasons in Swedish by default and in English on request; only the employee's own.
        var swedish = await anna.GetMyWishOutcomesAsync(new GetMyWishOutcomesRequest());
        var english = await anna.GetMyWishOutcomesAsync(new GetMyWishOutcomesRequest { Language = "en" });
        Assert.Equal(("sv", "en"), (swedish.Language, english.Language));
        Assert.Equal(english.Outcomes.Count, swedish.Outcomes.Count);
        Assert.Contains(swedish.Outcomes, o => o.Date == "2027-03-03" && o.Kind == WishKind.DayOff); // the manager's wishes for E01 too
        Assert.All(swedish.Outcomes.Concat(english.Outcomes), o => Assert.Equal("E01", o.Employee));
        Assert.All(swedish.Preferences.Concat(english.Preferences), p => Assert.Equal("E01", p.Preference.Employee));
        var night = (Swedish: swedish.Outcomes.Single(o => o.Date == "2027-03-04"), English: english.Outcomes.Single(o => o.Date == "2027-03-04"));
        Assert.Equal(night.Swedish.Granted, night.English.Granted);
        Assert.StartsWith(night.Swedish.Granted ? "beviljad" : "nekad", night.Swedish.ReasonText, StringComparison.Ordinal);
        Assert.StartsWith(night.English.Granted ? "granted" : "refused", night.English.ReasonText, StringComparison.Ordinal);
        Assert.Equal(Assert.Single(english.Preferences).Kept ? "kept" : "not kept", english.Preferences[0].Text.Split(':')[0]);
        var managerEnglish = await rosters.GetRosterAsync(new GetRosterRequest { Name = roster.Name, Language = "en-GB" });
        Assert.Equal(night.English.ReasonText, managerEnglish.Wishes.Single(w => w.Employee == "E01" && w.Date == "2027-03-04").ReasonText);
        var french = await Refused(() => rosters.GetRosterAsync(new GetRosterRequest { Name = roster.Name, Language = "fr" }).ResponseAsync, StatusCode.InvalidArgument);
        Assert.Equal("language", Assert.Single(french.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations).Field);

        // 4. Cost to grant: the employee prices their own wish, not another's; the time limit is bounded.
        var started = Stopwatch.StartNew();
        var cost = await anna.GetMyWishCostAsync(new GetMyWishCostRequest { Wish = dayOff.Name, TimeLimit = Seconds(4) });
        var took = started.Elapsed;
        Assert.Equal(roster.Name, cost.Roster);
        Assert.Equal(("E01", "2027-03-03", WishKind.DayOff), (cost.Wish.Employee, cost.Wish.Date, cost.Wish.Kind));
        Assert.Contains(cost.Status, new[] { SolveResult.Types.Status.Optimal, SolveResult.Types.Status.Feasible });
        Assert.Equal(cost.PenaltyAfter - cost.PenaltyBefore, cost.PenaltyDifference);
        Assert.Equal(cost.PenaltyDifference, cost.PenaltyDifferenceByRule.Values.Sum());
        Assert.DoesNotContain(cost.Changes, c => c.Employee == "E01" && c.Date == "2027-03-03" && c.ShiftAfter.Length > 0);
        Assert.True(took < TimeSpan.FromSeconds(20), $"priced in {took}");
        await Refused(() => bertil.GetMyWishCostAsync(new GetMyWishCostRequest { Wish = dayOff.Name, TimeLimit = Seconds(1) }).ResponseAsync, StatusCode.PermissionDenied);
        var tooLong = await Refused(() => anna.GetMyWishCostAsync(new GetMyWishCostRequest { Wish = dayOff.Name, TimeLimit = Seconds(120) }).ResponseAsync, StatusCode.InvalidArgument);
        Assert.Equal("timeLimit", Assert.Single(tooLong.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations).Field);

        // The manager prices any wish: Bertil's day off on a day he works moves that shift.
        var worked = roster.Assignments.First(a => a.Employee == "E02");
        var managerCost = await rosters.PriceWishAsync(new PriceWishRequest
        {
            Name = roster.Name,
            Wish = new WishSpec { Employee = "E02", Date = worked.Date, Kind = WishKind.DayOff },
            TimeLimit = Seconds(5),
        });
        Assert.True(managerCost.Status is SolveResult.Types.Status.Optimal or SolveResult.Types.Status.Feasible, $"{managerCost.Status} in {managerCost.Elapsed}");
        Assert.Contains(managerCost.Changes, c => c.Employee == "E02" && c.Date == worked.Date && c.ShiftBefore == worked.Shift && c.ShiftAfter != worked.Shift);
        Assert.DoesNotContain("E02", managerCost.AffectedEmployees);
        Assert.Equal(managerCost.Changes.Select(c => c.Employee).Where(e => e != "E02").Distinct().Order(), managerCost.AffectedEmployees);
        var bad = await Refused(() => rosters.PriceWishAsync(new PriceWishRequest { Name = roster.Name, Wish = new WishSpec { Employee = "nobody", Date = "2026-01-01", Kind = WishKind.ShiftOn, Shift = "X" } }).ResponseAsync, StatusCode.InvalidArgument);
        Assert.Equal(["wish.employee", "wish.date", "wish.shift"], bad.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field));

        // The call's deadline stops the search long before its time limit.
        started.Restart();
        var expired = await Assert.ThrowsAsync<RpcException>(() => rosters.PriceWishAsync(
            new PriceWishRequest { Name = roster.Name, Wish = new WishSpec { Employee = "E02", Date = worked.Date, Kind = WishKind.DayOff }, TimeLimit = Seconds(60) },
            deadline: DateTime.UtcNow.AddMilliseconds(700)).ResponseAsync);
        // (The in-memory test transport reports the server's reset of the expired call as INTERNAL "reset the request".)
        Assert.True(expired.StatusCode is StatusCode.DeadlineExceeded or StatusCode.Cancelled || expired.Status.Detail.Contains("reset the request", StringComparison.Ordinal),
            $"{expired.StatusCode}: {expired.Status.Detail}");
        // The server stopped too: the next pricing (one at a time on this server) is not kept waiting for the 60 s.
        var next = await rosters.PriceWishAsync(new PriceWishRequest { Name = roster.Name, Wish = new WishSpec { Employee = "E02", Date = worked.Date, Kind = WishKind.DayOff }, TimeLimit = Seconds(1) });
        Assert.NotNull(next.Elapsed);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(20), $"the server went on after the deadline: {started.Elapsed}");

        // The same over JSON: the employee's route and the reasons in English.
        using var http = server.CreateClient().With(TestTokens.Employee(Unit, "E01"));
        using var body = new StringContent("{\"timeLimit\": \"1s\"}", System.Text.Encoding.UTF8, "application/json");
        var json = await http.PostAsync(new Uri($"/v1/me/wishes/{dayOff.Name.Split('/')[^1]}:cost", UriKind.Relative), body);
        var text = await json.Content.ReadAsStringAsync();
        Assert.True(json.IsSuccessStatusCode, text);
        Assert.Contains("\"penaltyBefore\"", text, StringComparison.Ordinal);
        var outcomes = await http.GetStringAsync(new Uri("/v1/me/wishOutcomes?language=en", UriKind.Relative));
        Assert.Contains("\"language\":\"en\"", outcomes.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
