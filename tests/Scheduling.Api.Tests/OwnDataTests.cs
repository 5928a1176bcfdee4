using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using Scheduling.Api.Application;
using Scheduling.Api.Auth;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using Duration = Google.Protobuf.WellKnownTypes.Duration;
using Period = Scheduling.Api.V1.Period;

namespace Scheduling.Api.Tests;

/// <summary>
/// An employee sees their own data and counts of others': a route at a time, what an employee's token gets back
/// names no colleague and carries nothing of the unit's pay or budget; managers keep the whole picture.
/// </summary>
public sealed class OwnDataTests : IAsyncLifetime, IDisposable
{
    private const string Unit = "units/solbacken";

    /// <summary>Colleagues' ids and names in the small published roster below (E01 is the caller).</summary>
    private static readonly string[] Colleagues = ["E02", "E03", "Björn", "Cecilia"];

    private readonly ClockedServer server = new();
    private EmployeeSelfService.EmployeeSelfServiceClient anna = null!;

    public async Task InitializeAsync()
    {
        anna = new EmployeeSelfService.EmployeeSelfServiceClient(server.Channel(TestTokens.Employee(Unit, "E01")));
        await SmallRoster.PublishAsync(server.Services);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => server.Dispose();

    private static void NamesNoColleague(IMessage answer)
    {
        var text = JsonFormatter.Default.Format(answer);
        foreach (var colleague in Colleagues) Assert.DoesNotContain(colleague, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetUnit_and_ListUnits_give_an_employee_the_unit_without_its_cost()
    {
        var asManager = await new UnitService.UnitServiceClient(server.Channel(TestTokens.Manager(Unit))).GetUnitAsync(new GetUnitRequest { Name = Unit });
        Assert.Equal(37, asManager.Cost.Pay.Count);

        var units = new UnitService.UnitServiceClient(server.Channel(TestTokens.Employee(Unit, "E01")));
        var unit = await units.GetUnitAsync(new GetUnitRequest { Name = Unit });
        Assert.Null(unit.Cost);
        Assert.Equal((asManager.Name, asManager.DisplayName, asManager.TimeZone, asManager.RulePack), (unit.Name, unit.DisplayName, unit.TimeZone, unit.RulePack));
        Assert.Null(Assert.Single((await units.ListUnitsAsync(new ListUnitsRequest())).Units).Cost);

        using var http = server.CreateClient().With(TestTokens.Employee(Unit, "E01"));
        var body = await http.GetStringAsync(new Uri("/v1/units/solbacken", UriKind.Relative));
        Assert.DoesNotContain("cost", body, StringComparison.Ordinal);
        Assert.DoesNotContain("monthlyPay", await http.GetStringAsync(new Uri("/v1/units", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMyWishOutcomes_counts_the_colleagues_who_could_have_covered_in_both_languages()
    {
        var swedish = await anna.GetMyWishOutcomesAsync(new GetMyWishOutcomesRequest());
        var english = await anna.GetMyWishOutcomesAsync(new GetMyWishOutcomesRequest { Language = "en" });

        Assert.Contains("2 kollegor kunde ha tagit passet", Assert.Single(swedish.Outcomes).ReasonText, StringComparison.Ordinal);
        Assert.Contains("2 colleagues could have taken the shift", Assert.Single(english.Outcomes).ReasonText, StringComparison.Ordinal);
        NamesNoColleague(swedish);
        NamesNoColleague(english);

        using var http = server.CreateClient().With(TestTokens.Employee(Unit, "E01"));
        var json = await http.GetStringAsync(new Uri("/v1/me/wishOutcomes?language=en", UriKind.Relative));
        foreach (var colleague in Colleagues) Assert.DoesNotContain(colleague, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMyWishCost_shows_the_employee_their_own_moved_shifts_and_counts_of_the_others()
    {
        // The small roster's wish is in its problem, not stored: the employee prices it through a stored wish of their own.
        var store = server.Services.GetRequiredService<ISchedulingStore>();
        var own = new MyWish { Name = $"{Unit}/employeeWishes/w1", Employee = "E01", Date = "2027-03-03", Kind = MyWish.Types.Kind.DayOff, Priority = WishPriority.High, PeriodStart = "2027-03-01" };
        Assert.True(await store.TryCreateResourcesAsync([new ResourceRow(own.Name, Unit, "employeeWishes", own.ToByteArray())], CancellationToken.None));

        var cost = await anna.GetMyWishCostAsync(new GetMyWishCostRequest { Wish = "w1", Roster = "rosters/small", TimeLimit = Duration.FromTimeSpan(TimeSpan.FromSeconds(2)) });

        Assert.True(cost.Status is SolveResult.Types.Status.Optimal or SolveResult.Types.Status.Feasible, cost.Status.ToString());
        var mine = Assert.Single(cost.Changes);
        Assert.Equal(("E01", "2027-03-03", "D", ""), (mine.Employee, mine.Date, mine.ShiftBefore, mine.ShiftAfter));
        Assert.Empty(cost.AffectedEmployees);
        Assert.Equal((1, 1), (cost.OtherChanges, cost.OtherEmployeesAffected)); // Björn or Cecilia takes the shift
        NamesNoColleague(cost);

        // The manager pricing the same wish sees who.
        var priced = await new RosterService.RosterServiceClient(server.Channel(TestTokens.Manager(Unit))).PriceWishAsync(new PriceWishRequest
        {
            Name = "rosters/small",
            Wish = new WishSpec { Employee = "E01", Date = "2027-03-03", Kind = WishKind.DayOff, Weight = 10 },
            TimeLimit = Duration.FromTimeSpan(TimeSpan.FromSeconds(2)),
        });
        Assert.Equal(2, priced.Changes.Count);
        Assert.Single(priced.AffectedEmployees);
    }

    [Fact]
    public async Task GetMyRoster_gives_the_employee_their_own_rows_only()
    {
        var mine = await anna.GetMyRosterAsync(new GetMyRosterRequest { Roster = "rosters/small" });

        Assert.Equal("E01", Assert.Single(mine.Assignments).Employee);
        Assert.Equal("E01", mine.Hours.Employee);
        NamesNoColleague(mine);
    }

    [Fact]
    public async Task The_employees_other_routes_name_no_colleague()
    {
        var windows = new WindowService.WindowServiceClient(server.Channel(TestTokens.Manager(Unit)));
        await windows.SetWishWindowAsync(new SetWishWindowRequest { Window = new WishWindow { Name = $"{Unit}/wishWindows/2027-03-01", Period = new Period { Days = 7 }, Opens = "2027-01-01", Closes = "2027-01-31" } });
        await windows.SetRateChoiceWindowAsync(new SetRateChoiceWindowRequest { Window = new RateChoiceWindow { Name = $"{Unit}/rateChoiceWindows/2027", Opens = "2027-01-01", Closes = "2027-01-31", OfferedRates = { 75, 100 } } });
        server.Today(2027, 1, 10);
        var bjorn = new EmployeeSelfService.EmployeeSelfServiceClient(server.Channel(TestTokens.Employee(Unit, "E02")));
        await bjorn.SubmitMyWishesAsync(new SubmitMyWishesRequest { Wishes = { new MyWish { Date = "2027-03-02", Kind = MyWish.Types.Kind.DayOff } } });
        await bjorn.ChooseMyRateAsync(new ChooseMyRateRequest { Rate = 75 });

        var channel = server.Channel(TestTokens.Employee(Unit, "E01"));
        NamesNoColleague(await anna.SubmitMyWishesAsync(new SubmitMyWishesRequest { Wishes = { new MyWish { Date = "2027-03-02", Kind = MyWish.Types.Kind.DayOff } } }));
        NamesNoColleague(await anna.ListMyWishesAsync(new ListMyWishesRequest()));
        NamesNoColleague(await anna.ChooseMyRateAsync(new ChooseMyRateRequest { Rate = 100 }));
        NamesNoColleague(await anna.ListMyRateChoicesAsync(new ListMyRateChoicesRequest()));
        NamesNoColleague(await anna.GetMyRateAsync(new GetMyRateRequest()));
        NamesNoColleague(await new WindowService.WindowServiceClient(channel).GetWindowsAsync(new GetWindowsRequest { Unit = Unit }));
        NamesNoColleague(await new ShiftTemplateService.ShiftTemplateServiceClient(channel).ListShiftTemplatesAsync(new ListShiftTemplatesRequest { Parent = Unit }));
        NamesNoColleague(await new ShiftTemplateService.ShiftTemplateServiceClient(channel).GetShiftTemplateAsync(new GetShiftTemplateRequest { Name = $"{Unit}/shiftTemplates/D" }));
        NamesNoColleague(await new EmployeeService.EmployeeServiceClient(channel).GetEmployeeAsync(new GetEmployeeRequest { Name = $"{Unit}/employees/E01" }));
    }

    [Fact]
    public void Every_answer_an_employee_may_get_has_a_row_in_EmployeeView()
    {
        var employeeMethods = AccessPolicy.Rules.Values
            .Where(r => r.Audience is Audience.Authenticated or Audience.Members or Audience.Owner or Audience.Self)
            .Select(r => r.Method)
            .ToList();
        Assert.Contains(employeeMethods, m => m.Name == "GetUnit");
        Assert.All(employeeMethods, m => Assert.True(EmployeeView.Covers(m.OutputType), $"{m.FullName} answers {m.OutputType.FullName}, which EmployeeView does not list"));
    }
}
