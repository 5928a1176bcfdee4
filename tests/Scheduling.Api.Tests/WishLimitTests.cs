using Google.Protobuf;
using Google.Rpc;
using Microsoft.Extensions.DependencyInjection;
using Scheduling.Api.Application;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using Duration = Google.Protobuf.WellKnownTypes.Duration;
using Period = Scheduling.Api.V1.Period;

namespace Scheduling.Api.Tests;

/// <summary>
/// An employee's wishes cannot multiply: the same wish twice is refused (in one request or against what is stored), a
/// period holds at most so many per employee, the MUST limit holds under concurrent submits, and a duplicate that
/// reached the store anyway never reaches a problem, so the unit's solve does not fail.
/// </summary>
public sealed class WishLimitTests : IAsyncLifetime, IDisposable
{
    private const string Unit = "units/solbacken";
    private readonly ClockedServer server = new();
    private EmployeeSelfService.EmployeeSelfServiceClient anna = null!;

    public async Task InitializeAsync()
    {
        var windows = new WindowService.WindowServiceClient(server.Channel(TestTokens.Manager(Unit)));
        await windows.SetWishWindowAsync(new SetWishWindowRequest
        {
            Window = new WishWindow { Name = $"{Unit}/wishWindows/2027-03-01", Period = new Period { Days = 28 }, Opens = "2027-01-01", Closes = "2027-01-31", MaxMustWishes = 2 },
        });
        server.Today(2027, 1, 10);
        anna = new EmployeeSelfService.EmployeeSelfServiceClient(server.Channel(TestTokens.Employee(Unit, "E01")));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => server.Dispose();

    private static MyWish DayOff(string date, WishPriority priority = WishPriority.High) => new() { Date = date, Kind = MyWish.Types.Kind.DayOff, Priority = priority };

    private static string Date(int day) => $"2027-03-{day:00}";

    private static async Task<List<string>> InvalidFields(Func<Task> call)
    {
        var ex = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(ex.StatusCode == StatusCode.InvalidArgument, $"{ex.StatusCode}: {ex.Status.Detail}");
        return [.. ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field)];
    }

    [Fact]
    public async Task The_same_wish_300_times_in_one_submit_is_refused_and_nothing_is_stored()
    {
        var request = new SubmitMyWishesRequest();
        request.Wishes.AddRange(Enumerable.Range(0, 300).Select(_ => DayOff("2027-03-05")));

        var fields = await InvalidFields(() => anna.SubmitMyWishesAsync(request).ResponseAsync);

        Assert.Equal(["wishes"], fields); // over the cap: said once, not per item
        Assert.Empty((await anna.ListMyWishesAsync(new ListMyWishesRequest())).Wishes);
    }

    [Fact]
    public async Task A_wish_twice_in_one_request_or_again_after_it_was_stored_names_the_duplicate()
    {
        var fields = await InvalidFields(() => anna.SubmitMyWishesAsync(new SubmitMyWishesRequest { Wishes = { DayOff(Date(5)), DayOff(Date(6)), DayOff(Date(5), WishPriority.Low) } }).ResponseAsync);
        Assert.Equal(["wishes[2]"], fields);

        await anna.SubmitMyWishesAsync(new SubmitMyWishesRequest { Wishes = { DayOff(Date(5)) } });
        fields = await InvalidFields(() => anna.SubmitMyWishesAsync(new SubmitMyWishesRequest { Wishes = { DayOff(Date(6)), DayOff(Date(5)) } }).ResponseAsync);
        Assert.Equal(["wishes[1]"], fields);

        // Replacing the period's wishes may give the same one again.
        var mine = await anna.SubmitMyWishesAsync(new SubmitMyWishesRequest { Replace = true, Wishes = { DayOff(Date(5), WishPriority.Low) } });
        Assert.Equal(WishPriority.Low, Assert.Single(mine.Wishes).Priority);
    }

    [Fact]
    public async Task An_employee_has_at_most_MaxWishesPerPeriod_wishes_in_a_period_counting_the_stored_ones()
    {
        var limit = server.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Application.SchedulingOptions>>().Value.MaxWishesPerPeriod;
        Assert.Equal(60, limit);
        IEnumerable<MyWish> Distinct(int count) => Enumerable.Range(0, count).Select(i => i < 28
            ? DayOff(Date(i + 1), WishPriority.Low)
            : new MyWish { Date = Date((i % 28) + 1), Kind = MyWish.Types.Kind.ShiftOn, Shift = i < 56 ? "D" : "K", Priority = WishPriority.Low });

        var over = new SubmitMyWishesRequest();
        over.Wishes.AddRange(Distinct(limit + 1));
        var ex = await Assert.ThrowsAsync<RpcException>(() => anna.SubmitMyWishesAsync(over).ResponseAsync);
        var violation = Assert.Single(ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations);
        Assert.Equal("wishes", violation.Field);
        Assert.Contains($"at most {limit} wishes", violation.Description, StringComparison.Ordinal);

        var first = new SubmitMyWishesRequest();
        first.Wishes.AddRange(Distinct(limit).Take(40));
        await anna.SubmitMyWishesAsync(first);
        var more = new SubmitMyWishesRequest();
        more.Wishes.AddRange(Distinct(limit).Skip(40).Concat([new MyWish { Date = Date(1), Kind = MyWish.Types.Kind.ShiftOff, Shift = "N", Priority = WishPriority.Low }]));
        Assert.Equal(["wishes"], await InvalidFields(() => anna.SubmitMyWishesAsync(more).ResponseAsync));
        more.Wishes.RemoveAt(more.Wishes.Count - 1);
        Assert.Equal(limit, (await anna.SubmitMyWishesAsync(more)).Wishes.Count);
    }

    [Fact]
    public async Task Concurrent_submits_store_no_more_MUST_wishes_than_the_limit()
    {
        var calls = Enumerable.Range(0, 6).Select(async i =>
        {
            try
            {
                await anna.SubmitMyWishesAsync(new SubmitMyWishesRequest { Wishes = { DayOff(Date(2 * i + 1), WishPriority.Must), DayOff(Date(2 * i + 2), WishPriority.Must) } });
                return StatusCode.OK;
            }
            catch (RpcException ex)
            {
                return ex.StatusCode;
            }
        }).ToList();
        var statuses = await Task.WhenAll(calls);

        Assert.Equal(1, statuses.Count(s => s == StatusCode.OK));
        Assert.All(statuses.Where(s => s != StatusCode.OK), s => Assert.Equal(StatusCode.InvalidArgument, s));
        Assert.Equal(2, (await anna.ListMyWishesAsync(new ListMyWishesRequest())).Wishes.Count(w => w.Priority == WishPriority.Must));
    }

    [Fact]
    public async Task A_duplicate_wish_already_in_the_store_does_not_stop_the_units_solve()
    {
        // As today's main stored them: the same HIGH day-off twice, and the manager's wish for the same day.
        var store = server.Services.GetRequiredService<ISchedulingStore>();
        ResourceRow Row(string id, int date) => new($"{Unit}/employeeWishes/{id}", Unit, "employeeWishes",
            new MyWish { Name = $"{Unit}/employeeWishes/{id}", Employee = "E01", Date = Date(date), Kind = MyWish.Types.Kind.DayOff, Priority = WishPriority.High, PeriodStart = "2027-03-01" }.ToByteArray());
        Assert.True(await store.TryCreateResourcesAsync([Row("dup1", 3), Row("dup2", 3), Row("dup3", 3)], CancellationToken.None));
        var manager = server.Channel(TestTokens.Manager(Unit));
        await new WishService.WishServiceClient(manager).CreateWishAsync(new CreateWishRequest { Parent = Unit, Wish = new Wish { Employee = "E01", Date = Date(3), Kind = WishKind.DayOff, Weight = 1 } });

        var period = new Period { StartDate = "2027-03-01", Days = 7 };
        var problem = await new UnitService.UnitServiceClient(manager).GetUnitProblemAsync(new GetUnitProblemRequest { Unit = Unit, Period = period });
        var wish = Assert.Single(problem.Wishes, w => w.Employee == "E01" && w.Date == Date(3) && w.Kind == WishKind.DayOff);
        Assert.Equal(10, wish.Weight); // the heaviest of the same wish, once

        var solve = new SolveService.SolveServiceClient(manager);
        var job = await solve.StartSolveAsync(new StartSolveRequest { Reference = new ProblemReference { Unit = Unit, Period = period }, Options = new SolveOptions { TimeLimit = Duration.FromTimeSpan(TimeSpan.FromSeconds(5)), Workers = 2 } });
        using (var watch = solve.WatchSolve(new WatchSolveRequest { Name = job.Name }))
            while (await watch.ResponseStream.MoveNext(CancellationToken.None)) job = watch.ResponseStream.Current.FinalJob ?? job;
        Assert.True(job.State == SolveJob.Types.State.Succeeded, $"{job.State}: {job.Error?.Message}");
        Assert.False(string.IsNullOrEmpty(job.Result.Roster), $"no roster within the time limit: {job.Result}");
        var roster = await new RosterService.RosterServiceClient(manager).GetRosterAsync(new GetRosterRequest { Name = job.Result.Roster });
        Assert.Single(roster.Wishes, w => w.Employee == "E01" && w.Date == Date(3) && w.Kind == WishKind.DayOff);
    }

    [Fact]
    public async Task A_roster_solved_before_the_fix_with_a_wish_twice_in_its_problem_is_still_reviewed()
    {
        // On today's main a manager's wish and the employee's own for the same day, at two weights, were both in the problem.
        var store = server.Services.GetRequiredService<ISchedulingStore>();
        var problem = Google.Protobuf.JsonParser.Default.Parse<Problem>("""
            {
              "period": { "startDate": "2027-03-01", "days": 7 },
              "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ],
              "employees": [ { "id": "E01", "maxTotalMinutes": 3000 } ],
              "wishes": [ { "employee": "E01", "date": "2027-03-03", "kind": "DAY_OFF", "weight": 1 }, { "employee": "E01", "date": "2027-03-03", "kind": "DAY_OFF", "weight": 10 } ]
            }
            """);
        var job = new SolveJob { Name = "solveJobs/old", Unit = Unit, State = SolveJob.Types.State.Succeeded };
        await store.CreateJobAsync(job, problem, CancellationToken.None);
        await store.FinishJobAsync(job, new Roster { Name = "rosters/old", Unit = Unit, SolveJob = job.Name, Version = 1, State = RosterState.Proposed, Period = new Period { StartDate = "2027-03-01", Days = 7 } }, CancellationToken.None);

        var roster = await new RosterService.RosterServiceClient(server.Channel(TestTokens.Manager(Unit))).GetRosterAsync(new GetRosterRequest { Name = "rosters/old", Language = "en" });

        var wish = Assert.Single(roster.Wishes);
        Assert.Equal((10, true), (wish.Weight, wish.Granted));
    }
}
