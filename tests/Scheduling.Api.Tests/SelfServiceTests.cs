using Google.Rpc;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Scheduling.Api.Application;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using Period = Scheduling.Api.V1.Period;

namespace Scheduling.Api.Tests;

/// <summary>Employee self-service: the rate choice and wish windows, their checks, and an employee's own rows of a roster.</summary>
public sealed class SelfServiceTests : IAsyncLifetime, IDisposable
{
    private const string Unit = "units/solbacken";
    private readonly ClockedServer server = new();
    private WindowService.WindowServiceClient manager = null!;
    private EmployeeSelfService.EmployeeSelfServiceClient anna = null!;
    private EmployeeSelfService.EmployeeSelfServiceClient bertil = null!;

    public Task InitializeAsync()
    {
        manager = new WindowService.WindowServiceClient(server.Channel(TestTokens.Manager(Unit)));
        anna = new EmployeeSelfService.EmployeeSelfServiceClient(server.Channel(TestTokens.Employee(Unit, "E01")));
        bertil = new EmployeeSelfService.EmployeeSelfServiceClient(server.Channel(TestTokens.Employee(Unit, "E02")));
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => server.Dispose();

    private static async Task<RpcException> Refused(Func<Task> call, StatusCode expected)
    {
        var ex = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(expected == ex.StatusCode, $"{ex.StatusCode}: {ex.Status.Detail}");
        return ex;
    }

    private async Task<Problem> ProblemAsync(string start) =>
        await new UnitService.UnitServiceClient(server.Channel(TestTokens.Planner())).GetUnitProblemAsync(new GetUnitProblemRequest { Unit = Unit, Period = new Period { StartDate = start, Days = 28 } });

    [Fact]
    public async Task An_employee_chooses_an_offered_rate_inside_the_window_and_it_becomes_the_contract_rate_of_that_year()
    {
        var window = await manager.SetRateChoiceWindowAsync(new SetRateChoiceWindowRequest
        {
            Window = new RateChoiceWindow { Name = $"{Unit}/rateChoiceWindows/2027", Opens = "2026-11-01", Closes = "2026-11-30", OfferedRange = new RateRange { From = 50, To = 100, Step = 5 } },
        });
        Assert.NotNull(window.UpdateTime);

        // Before the window: FAILED_PRECONDITION with its dates.
        var early = await Refused(() => anna.ChooseMyRateAsync(new ChooseMyRateRequest { Rate = 90 }).ResponseAsync, StatusCode.FailedPrecondition);
        Assert.Contains("2026-11-01", early.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("2026-11-30", early.Status.Detail, StringComparison.Ordinal);
        Assert.Equal($"{Unit}/rateChoiceWindows/2027", Assert.Single(early.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations).Subject);

        server.Today(2026, 11, 10);
        var odd = await Refused(() => anna.ChooseMyRateAsync(new ChooseMyRateRequest { Rate = 92 }).ResponseAsync, StatusCode.InvalidArgument);
        var violation = Assert.Single(odd.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations);
        Assert.Equal("rate", violation.Field);
        Assert.Contains("50, 55", violation.Description, StringComparison.Ordinal);

        var first = await anna.ChooseMyRateAsync(new ChooseMyRateRequest { Rate = 90 });
        Assert.Equal((2027, 90.0, "E01", $"{Unit}/employees/E01"), (first.Year, first.Rate, first.Employee, first.ChosenBy));
        server.Clock.Advance(Duration.FromHours(1));
        await anna.ChooseMyRateAsync(new ChooseMyRateRequest { Rate = 80 });

        var history = await anna.ListMyRateChoicesAsync(new ListMyRateChoicesRequest());
        Assert.Equal([80.0, 90.0], history.RateChoices.Select(c => c.Rate));
        Assert.Empty((await bertil.ListMyRateChoicesAsync(new ListMyRateChoicesRequest())).RateChoices);
        var all = await manager.ListRateChoicesAsync(new ListRateChoicesRequest { Parent = Unit });
        Assert.Equal(2, all.RateChoices.Count);

        var rate = await anna.GetMyRateAsync(new GetMyRateRequest());
        Assert.Equal(85, rate.EmploymentRate);
        Assert.Equal((2027, 80.0), (Assert.Single(rate.Chosen).Year, rate.Chosen[0].Rate));
        Assert.True(rate.WindowOpen);
        Assert.Equal(11, rate.OfferedRates.Count);
        Assert.Equal((2295, RotaType.SundaysAndHolidays), (rate.FullTimeWeeklyMinutes, rate.RotaType));
        // Read back through the domain's records, the window and the choices are the stored messages, field for field.
        Assert.Equal(window, rate.Window);
        Assert.Equal(all.RateChoices.Single(c => c.Rate == 80), rate.Chosen[0]);
        Assert.Equal(all.RateChoices.OrderByDescending(c => c.ChooseTime), history.RateChoices);

        // The choice is the contract rate of periods starting in 2027, not before.
        Assert.Equal(80, (await ProblemAsync("2027-03-01")).Employees.Single(e => e.Id == "E01").EmploymentRate);
        Assert.Equal(85, (await ProblemAsync("2026-12-01")).Employees.Single(e => e.Id == "E01").EmploymentRate);

        // Closed early by the manager.
        window.Closed = true;
        await manager.SetRateChoiceWindowAsync(new SetRateChoiceWindowRequest { Window = window });
        var closed = await Refused(() => anna.ChooseMyRateAsync(new ChooseMyRateRequest { Rate = 100 }).ResponseAsync, StatusCode.FailedPrecondition);
        Assert.Contains("closed", closed.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_window_is_INVALID_ARGUMENT_naming_its_fields()
    {
        var ex = await Refused(() => manager.SetRateChoiceWindowAsync(new SetRateChoiceWindowRequest
        {
            Window = new RateChoiceWindow { Name = $"{Unit}/rateChoiceWindows/2027", Opens = "2026-11-30", Closes = "2026-11-01", OfferedRates = { 50, 120 }, OfferedRange = new RateRange { From = 50, To = 100, Step = 5 } },
        }).ResponseAsync, StatusCode.InvalidArgument);
        var fields = ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field).ToList();
        Assert.Equal(["window.closes", "window.offeredRates", "window.offeredRates[1]"], fields);

        ex = await Refused(() => manager.SetWishWindowAsync(new SetWishWindowRequest
        {
            Window = new WishWindow { Name = $"{Unit}/wishWindows/2027-03-01", Period = new Period { StartDate = "2027-03-02" }, Opens = "2027-01-01", Closes = "2027-01-31" },
        }).ResponseAsync, StatusCode.InvalidArgument);
        fields = ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field).ToList();
        Assert.Equal(["window.period.startDate", "window.period.days"], fields);
    }

    [Fact]
    public async Task A_window_checked_as_its_item_still_names_each_field_of_the_contract()
    {
        // The kinds check the windows' domain items now; the fields and texts a client sees stay the contract's.
        var ex = await Refused(() => manager.SetRateChoiceWindowAsync(new SetRateChoiceWindowRequest
        {
            Window = new RateChoiceWindow { Name = $"{Unit}/rateChoiceWindows/1999", Opens = "2026-11-31", Closes = "2026-11-30", OfferedRange = new RateRange { From = 0, To = 120, Step = 0.01 } },
        }).ResponseAsync, StatusCode.InvalidArgument);
        var violations = ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.ToDictionary(v => v.Field, v => v.Description);
        Assert.Equal(["window.name", "window.opens", "window.offeredRange.from", "window.offeredRange.to", "window.offeredRange.step"], violations.Keys);
        Assert.Equal($"must be units/{{unit}}/rateChoiceWindows/{{year}}, a year from 2000 to 2200, was '{Unit}/rateChoiceWindows/1999'", violations["window.name"]);
        Assert.Equal("makes more than 1000 rates", violations["window.offeredRange.step"]);

        ex = await Refused(() => manager.SetWishWindowAsync(new SetWishWindowRequest
        {
            Window = new WishWindow { Name = $"{Unit}/wishWindows/2027-03-01", Period = new Period { StartDate = "2027-03-01", Days = 28, TimeZone = "Mars/Olympus" }, Opens = "2027-01-01", Closes = "2027-01-31", MaxMustWishes = -1 },
        }).ResponseAsync, StatusCode.InvalidArgument);
        violations = ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.ToDictionary(v => v.Field, v => v.Description);
        Assert.Equal(["window.period.timeZone", "window.maxMustWishes"], violations.Keys);
        Assert.Equal("unknown time zone 'Mars/Olympus'", violations["window.period.timeZone"]);
    }

    [Fact]
    public async Task Wishes_are_checked_against_the_window_the_period_the_templates_and_the_MUST_limit()
    {
        await manager.SetWishWindowAsync(new SetWishWindowRequest
        {
            Window = new WishWindow { Name = $"{Unit}/wishWindows/2027-03-01", Period = new Period { Days = 28 }, Opens = "2027-01-01", Closes = "2027-01-31", MaxMustWishes = 1 },
        });
        var windows = await new WindowService.WindowServiceClient(server.Channel(TestTokens.Employee(Unit, "E01"))).GetWindowsAsync(new GetWindowsRequest { Unit = Unit });
        Assert.Equal("2027-03-01", Assert.Single(windows.WishWindows).Period.StartDate);

        MyWish On(string date, string shift, WishPriority p = WishPriority.Normal) => new() { Date = date, Kind = MyWish.Types.Kind.ShiftOn, Shift = shift, Priority = p };
        MyWish Off(string date, WishPriority p = WishPriority.Normal) => new() { Date = date, Kind = MyWish.Types.Kind.DayOff, Priority = p };
        MyWish Unavailable(string date) => new() { Date = date, Kind = MyWish.Types.Kind.Unavailable };

        var shut = await Refused(() => anna.SubmitMyWishesAsync(new SubmitMyWishesRequest { PeriodStart = "2027-03-01", Wishes = { Off("2027-03-05") } }).ResponseAsync, StatusCode.FailedPrecondition);
        Assert.Contains("2027-01-01 to 2027-01-31", shut.Status.Detail, StringComparison.Ordinal);

        server.Today(2027, 1, 10);
        var bad = await Refused(() => anna.SubmitMyWishesAsync(new SubmitMyWishesRequest
        {
            Wishes = { On("2027-02-28", "D"), On("2027-03-03", "X"), Off("2027-03-05", WishPriority.Must), Unavailable("2027-03-09") },
            Preferences = { new StandingPreference { Kind = StandingPreference.Types.Kind.AtMostWeekends, Count = 60 }, new StandingPreference { Kind = StandingPreference.Types.Kind.NoShift, Shift = "X" } },
        }).ResponseAsync, StatusCode.InvalidArgument);
        Assert.Equal(["wishes[0].date", "wishes[1].shift", "preferences[0].count", "preferences[1].shift", "wishes"], bad.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field));

        var mine = await anna.SubmitMyWishesAsync(new SubmitMyWishesRequest
        {
            Wishes = { On("2027-03-03", "D", WishPriority.High), Off("2027-03-05", WishPriority.Must) },
            Preferences = { new StandingPreference { Kind = StandingPreference.Types.Kind.NoShiftKind, ShiftKind = ShiftKind.Night } },
        });
        Assert.Equal(2, mine.Wishes.Count);
        Assert.All(mine.Wishes, w => Assert.Equal(("E01", "2027-03-01"), (w.Employee, w.PeriodStart)));
        Assert.All(mine.Wishes, w => Assert.NotNull(w.UpdateTime));
        var preference = Assert.Single(mine.Preferences);
        Assert.Equal((StandingPreference.Types.Kind.NoShiftKind, ShiftKind.Night, WishPriority.Normal, false), (preference.Kind, preference.ShiftKind, preference.Priority, preference.HasWeight));
        Assert.NotNull(preference.UpdateTime);
        // Read back through the domain's records, the wishes and preference are the ones stored, field for field.
        Assert.Equal(mine, await anna.ListMyWishesAsync(new ListMyWishesRequest { PeriodStart = "2027-03-01" }));

        // One MUST already: another is refused when added, allowed when it replaces.
        await Refused(() => anna.SubmitMyWishesAsync(new SubmitMyWishesRequest { Wishes = { Unavailable("2027-03-09") } }).ResponseAsync, StatusCode.InvalidArgument);
        mine = await anna.SubmitMyWishesAsync(new SubmitMyWishesRequest { Replace = true, Wishes = { Unavailable("2027-03-09"), Off("2027-03-12", WishPriority.Low) } });
        Assert.Equal(["2027-03-09", "2027-03-12"], mine.Wishes.Select(w => w.Date));
        Assert.Equal(WishPriority.Must, mine.Wishes[0].Priority);
        Assert.Single(mine.Preferences);

        // The problem for the period has them: the unavailable day as availability, the wish with its weight.
        var problem = await ProblemAsync("2027-03-01");
        Assert.Contains(problem.Unavailability, u => u.Employee == "E01" && u.Date == "2027-03-09");
        Assert.Contains(problem.Wishes, w => w.Employee == "E01" && w.Date == "2027-03-12" && w.Kind == WishKind.DayOff && w.Weight == 1);

        // Another employee sees none of them and cannot delete them; Anna can while the window is open.
        Assert.Empty((await bertil.ListMyWishesAsync(new ListMyWishesRequest())).Wishes);
        var id = mine.Wishes[0].Name.Split('/')[^1];
        var others = await Refused(() => bertil.DeleteMyWishAsync(new DeleteMyWishRequest { Wish = id }).ResponseAsync, StatusCode.PermissionDenied);
        var nothing = await Refused(() => bertil.DeleteMyWishAsync(new DeleteMyWishRequest { Wish = "nope" }).ResponseAsync, StatusCode.PermissionDenied);
        Assert.Equal(others.Status.Detail, nothing.Status.Detail);
        await anna.DeleteMyWishAsync(new DeleteMyWishRequest { Wish = id });
        Assert.Single((await anna.ListMyWishesAsync(new ListMyWishesRequest { PeriodStart = "2027-03-01" })).Wishes);

        server.Today(2027, 2, 1);
        await Refused(() => anna.DeleteMyWishAsync(new DeleteMyWishRequest { Wish = mine.Wishes[1].Name }).ResponseAsync, StatusCode.FailedPrecondition);
    }

    [Fact]
    public async Task A_preference_a_unit_imported_reads_back_as_stored_with_its_weight()
    {
        const string Imported = """
            {
              "period": { "startDate": "2027-03-01", "days": 7 },
              "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 }, { "code": "N", "startTime": "21:00", "durationMinutes": 600, "kind": "NIGHT" } ],
              "employees": [ { "id": "E9", "maxTotalMinutes": 6000 } ],
              "preferences": [ { "employee": "E9", "kind": "DAY_OFF_ON_WEEKDAY", "weekday": "WEDNESDAY", "weight": 7 } ]
            }
            """;
        await new UnitService.UnitServiceClient(server.Channel()).ImportUnitAsync(new ImportUnitRequest { UnitId = "imported", Problem = Google.Protobuf.JsonParser.Default.Parse<Problem>(Imported) });
        var eve = new EmployeeSelfService.EmployeeSelfServiceClient(server.Channel(TestTokens.Employee("units/imported", "E9")));
        var preference = Assert.Single((await eve.ListMyWishesAsync(new ListMyWishesRequest())).Preferences);
        Assert.Equal(("E9", StandingPreference.Types.Kind.DayOffOnWeekday, Weekday.Wednesday, WishPriority.Normal, 7), (preference.Employee, preference.Kind, preference.Weekday, preference.Priority, preference.Weight));
        Assert.Equal(ShiftKind.Unspecified, preference.ShiftKind);
    }

    [Fact]
    public async Task An_employee_reads_only_their_own_rows_of_their_units_published_roster()
    {
        var none = await Refused(() => anna.GetMyRosterAsync(new GetMyRosterRequest()).ResponseAsync, StatusCode.NotFound);
        Assert.Contains("no roster of units/solbacken is published", none.Status.Detail, StringComparison.Ordinal);
        var store = server.Services.GetRequiredService<ISchedulingStore>();
        var job = new SolveJob { Name = "solveJobs/t1", Unit = Unit, State = SolveJob.Types.State.Succeeded };
        // The outcomes an employee reads are explained from the roster's problem (their own, colleagues unnamed).
        await store.CreateJobAsync(job, Google.Protobuf.JsonParser.Default.Parse<Problem>("""
            {
              "period": { "startDate": "2027-03-01", "days": 28 },
              "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 }, { "code": "N", "startTime": "21:00", "durationMinutes": 600 } ],
              "employees": [ { "id": "E01", "maxTotalMinutes": 9000 }, { "id": "E02", "maxTotalMinutes": 9000 } ],
              "wishes": [ { "employee": "E01", "date": "2027-03-02", "kind": "DAY_OFF" }, { "employee": "E02", "date": "2027-03-02", "kind": "DAY_OFF" } ]
            }
            """), CancellationToken.None);
        await store.FinishJobAsync(job, new Roster
        {
            Name = "rosters/t1",
            Unit = Unit,
            SolveJob = "solveJobs/t1",
            State = RosterState.Published,
            Period = new Period { StartDate = "2027-03-01", Days = 28 },
            Assignments = { new Assignment { Employee = "E01", Date = "2027-03-01", Shift = "D" }, new Assignment { Employee = "E02", Date = "2027-03-01", Shift = "N" } },
            Hours = { new HoursLine { Employee = "E01", WorkedMinutes = 480 }, new HoursLine { Employee = "E02", WorkedMinutes = 600 } },
            Wishes = { new WishOutcome { Employee = "E01", Date = "2027-03-02", Kind = WishKind.DayOff, Granted = true }, new WishOutcome { Employee = "E02", Date = "2027-03-02", Kind = WishKind.DayOff } },
        }, CancellationToken.None);
        var otherJob = new SolveJob { Name = "solveJobs/t0", Unit = "units/elsewhere", State = SolveJob.Types.State.Succeeded };
        await store.CreateJobAsync(otherJob, new Problem(), CancellationToken.None);
        await store.FinishJobAsync(otherJob, new Roster { Name = "rosters/t0", Unit = "units/elsewhere" }, CancellationToken.None);

        // A newer proposal of the same period is the managers' only.
        var proposalJob = new SolveJob { Name = "solveJobs/t2", Unit = Unit, State = SolveJob.Types.State.Succeeded };
        await store.CreateJobAsync(proposalJob, new Problem(), CancellationToken.None);
        await store.FinishJobAsync(proposalJob, new Roster
        {
            Name = "rosters/t2",
            Unit = Unit,
            State = RosterState.Proposed,
            Period = new Period { StartDate = "2027-03-01", Days = 28 },
            Assignments = { new Assignment { Employee = "E01", Date = "2027-03-01", Shift = "N" } },
        }, CancellationToken.None);
        var proposal = await Refused(() => anna.GetMyRosterAsync(new GetMyRosterRequest { Roster = "rosters/t2" }).ResponseAsync, StatusCode.NotFound);
        Assert.Contains("not published", proposal.Status.Detail, StringComparison.Ordinal);
        await Refused(() => anna.GetMyRosterAsync(new GetMyRosterRequest { PeriodStart = "2027-04-01" }).ResponseAsync, StatusCode.NotFound);

        var roster = await anna.GetMyRosterAsync(new GetMyRosterRequest());
        Assert.Equal("rosters/t1", roster.Roster);
        Assert.Equal("rosters/t1", (await anna.GetMyRosterAsync(new GetMyRosterRequest { PeriodStart = "2027-03-01" })).Roster);
        Assert.Equal("D", Assert.Single(roster.Assignments).Shift);
        Assert.Equal(480, roster.Hours.WorkedMinutes);
        var outcomes = await anna.GetMyWishOutcomesAsync(new GetMyWishOutcomesRequest { Roster = "rosters/t1" });
        Assert.True(Assert.Single(outcomes.Outcomes).Granted);

        var elsewhere = await Refused(() => anna.GetMyRosterAsync(new GetMyRosterRequest { Roster = "rosters/t0" }).ResponseAsync, StatusCode.PermissionDenied);
        var missing = await Refused(() => anna.GetMyWishOutcomesAsync(new GetMyWishOutcomesRequest { Roster = "rosters/none" }).ResponseAsync, StatusCode.PermissionDenied);
        Assert.Equal(elsewhere.Status.Detail, missing.Status.Detail);

        // Over JSON too, and the whole roster stays the managers'.
        using var http = server.CreateClient().With(TestTokens.Employee(Unit, "E01"));
        var json = await http.GetAsync(new Uri("/v1/me/roster", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var text = await json.Content.ReadAsStringAsync();
        Assert.Contains("\"E01\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"E02\"", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(new Uri("/v1/rosters/t1", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_JSON_routes_choose_a_rate_and_submit_wishes()
    {
        await manager.SetRateChoiceWindowAsync(new SetRateChoiceWindowRequest
        {
            Window = new RateChoiceWindow { Name = $"{Unit}/rateChoiceWindows/2027", Opens = "2026-10-01", Closes = "2026-10-31", OfferedRates = { 75, 100 } },
        });
        using var http = server.CreateClient().With(TestTokens.Employee(Unit, "E03"));
        using var body = new StringContent("{\"rate\": 75}", System.Text.Encoding.UTF8, "application/json");
        var chosen = await http.PostAsync(new Uri("/v1/me/rate:choose", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        Assert.Contains("\"year\":2027", Compact(await chosen.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        using var bad = new StringContent("{\"rate\": 80}", System.Text.Encoding.UTF8, "application/json");
        var refused = await http.PostAsync(new Uri("/v1/me/rate:choose", UriKind.Relative), bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("\"field\":\"rate\"", Compact(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using var wishes = new StringContent("{\"wishes\": [{\"date\": \"2027-03-03\", \"kind\": \"DAY_OFF\"}]}", System.Text.Encoding.UTF8, "application/json");
        var closed = await http.PostAsync(new Uri("/v1/me/wishes:submit", UriKind.Relative), wishes);
        Assert.Equal(HttpStatusCode.BadRequest, closed.StatusCode); // FAILED_PRECONDITION maps to 400 over HTTP
        Assert.Contains("no wish window", await closed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var rate = await http.GetAsync(new Uri("/v1/me/rate", UriKind.Relative));
        Assert.Contains("\"rotaType\":\"SUNDAYS_AND_HOLIDAYS\"", Compact(await rate.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private static string Compact(string json) => json.Replace(" ", "", StringComparison.Ordinal);
}
