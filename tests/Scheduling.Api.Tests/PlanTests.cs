using Microsoft.Extensions.DependencyInjection;
using Google.Protobuf;
using Google.Rpc;
using Scheduling.Api.V1;
using Duration = Google.Protobuf.WellKnownTypes.Duration;
using Period = Scheduling.Api.V1.Period;

namespace Scheduling.Api.Tests;

/// <summary>
/// Planning a municipality: a planner plans stored units for one period in one call, one solve job per unit; the plan
/// reports each unit's job and roster and the totals over them; a bad unit refuses the whole call before any job starts.
/// </summary>
public sealed class PlanTests(ClockedServer server) : IClassFixture<ClockedServer>
{
    /// <summary>
    /// A unit of one nurse who may work days, and a need of <paramref name="need"/> people 07:00–15:00 on Monday 1 March
    /// 2027: the roster covers one, and (need − 1) × 8 person-hours stay below the ideal and the minimum.
    /// </summary>
    private static Problem Unit(string displayName, int need) => JsonParser.Default.Parse<Problem>($$"""
        {
          "name": "{{displayName}}", "period": { "startDate": "2027-03-01", "days": 7, "timeZone": "Europe/Stockholm" },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480, "kind": "DAY" } ],
          "employees": [ { "id": "E1", "name": "Eva", "maxTotalMinutes": 2400 } ],
          "demandCurve": { "slotMinutes": 480, "patterns": [ { "dates": ["2027-03-01"], "from": "07:00", "to": "15:00", "minimum": {{need}}, "ideal": {{need}} } ] },
          "rulePack": { "id": "plan", "rules": [ { "id": "daily-rest" }, { "id": "weekly-rest" }, { "id": "max-shift" }, { "id": "period-hours" }, { "id": "demand-minimum", "weight": 5 }, { "id": "demand-ideal", "weight": 1 } ] }
        }
        """);

    private static readonly Period Week = new() { StartDate = "2027-03-01", Days = 7 };

    private static async Task EnsureUnitsAsync(UnitService.UnitServiceClient units)
    {
        foreach (var (id, displayName, need) in new[] { ("plan-north", "Norrgården", 1), ("plan-south", "Södergården", 3) })
        {
            try
            {
                await units.GetUnitAsync(new GetUnitRequest { Name = "units/" + id });
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                await units.ImportUnitAsync(new ImportUnitRequest { UnitId = id, Problem = Unit(displayName, need) });
            }
        }
    }

    [Fact]
    public async Task A_plan_solves_every_unit_and_reports_each_roster_and_the_totals()
    {
        var channel = server.Channel();
        await EnsureUnitsAsync(new UnitService.UnitServiceClient(channel));
        var plans = new PlanService.PlanServiceClient(channel);
        var solve = new SolveService.SolveServiceClient(channel);

        var plan = await plans.StartPlanAsync(new StartPlanRequest
        {
            Units = { "units/plan-north", "units/plan-south" },
            Period = Week,
            Options = new SolveOptions { TimeLimit = Duration.FromTimeSpan(TimeSpan.FromSeconds(3)), Workers = 2 },
        });
        Assert.StartsWith("plans/", plan.Name, StringComparison.Ordinal);
        Assert.Equal(["units/plan-north", "units/plan-south"], plan.Units.Select(u => u.Unit));
        Assert.Equal(2, plan.Units.Select(u => u.SolveJob).Distinct().Count());
        Assert.Equal("2027-03-01", plan.Period.StartDate);

        // Each unit's job is an ordinary solve by reference of that unit.
        foreach (var unit in plan.Units)
        {
            var job = await solve.GetSolveJobAsync(new GetSolveJobRequest { Name = unit.SolveJob });
            Assert.Equal(unit.Unit, job.Unit);
            using var watch = solve.WatchSolve(new WatchSolveRequest { Name = unit.SolveJob });
            while (await watch.ResponseStream.MoveNext(CancellationToken.None)) { }
        }

        var done = await plans.GetPlanAsync(new GetPlanRequest { Name = plan.Name });
        Assert.True(done.Progress.Done);
        Assert.Equal(2, done.Progress.Succeeded);
        var rosters = new RosterService.RosterServiceClient(channel);
        foreach (var unit in done.Units)
        {
            Assert.Equal(SolveJob.Types.State.Succeeded, unit.State);
            var roster = await rosters.GetRosterAsync(new GetRosterRequest { Name = unit.Roster });
            Assert.Equal(unit.Unit, roster.Unit);
            Assert.Equal(roster.Penalty, unit.Penalty);
            Assert.Equal(1, unit.EmployeeCount);
            Assert.Contains(roster.Assignments, a => a.Date == "2027-03-01" && a.Shift == "D");
        }

        // North needs one and gets Eva: nothing short. South needs three and gets Eva: two people for 8 hours short.
        Assert.Equal(0, done.Units[0].HoursBelowIdeal);
        Assert.Equal(16, done.Units[1].HoursBelowIdeal);
        Assert.Equal(16, done.Units[1].HoursBelowMinimum);
        Assert.Equal(2, done.Report.UnitsWithRoster);
        Assert.Equal(2, done.Report.Employees);
        Assert.Equal(16, done.Report.HoursBelowIdeal);
        Assert.Equal(0, done.Report.HardViolationCount);

        // The review page of the plan, for a planner; a manager of both units is refused (a plan spans units).
        using var http = server.CreateClient();
        var id = done.Name["plans/".Length..];
        using var page = new HttpRequestMessage(HttpMethod.Get, $"/plans/{id}?lang=en");
        page.Headers.Authorization = new("Bearer", TestTokens.Planner());
        var response = await http.SendAsync(page);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("2 of 2 units ended", html, StringComparison.Ordinal);
        // Units by their display names, linked by id.
        Assert.Contains("href=\"/units/plan-south\">Södergården<", html, StringComparison.Ordinal);
        Assert.Equal(["Norrgården", "Södergården"], done.Units.Select(u => u.DisplayName));
        Assert.Contains(">16.0<", html, StringComparison.Ordinal);
        using var index = new HttpRequestMessage(HttpMethod.Get, "/?lang=en");
        index.Headers.Authorization = new("Bearer", TestTokens.Planner());
        Assert.Contains($"href=\"/plans/{id}\"", await (await http.SendAsync(index)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var foreign = new HttpRequestMessage(HttpMethod.Get, $"/plans/{id}");
        foreign.Headers.Authorization = new("Bearer", TestTokens.Manager("units/plan-north", "units/plan-south"));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await http.SendAsync(foreign)).StatusCode);
    }

    [Fact]
    public async Task A_unit_whose_job_runs_shows_its_latest_improvement_on_the_plan_and_its_page()
    {
        var channel = server.Channel();
        await EnsureUnitsAsync(new UnitService.UnitServiceClient(channel));
        var plans = new PlanService.PlanServiceClient(channel);
        var plan = await plans.StartPlanAsync(new StartPlanRequest
        {
            Units = { "units/plan-north" },
            Period = Week,
            Options = new SolveOptions { TimeLimit = Duration.FromTimeSpan(TimeSpan.FromSeconds(3)), Workers = 2 },
        });
        var solve = new SolveService.SolveServiceClient(channel);
        using (var watch = solve.WatchSolve(new WatchSolveRequest { Name = plan.Units[0].SolveJob }))
            while (await watch.ResponseStream.MoveNext(CancellationToken.None)) { }
        Assert.Null((await plans.GetPlanAsync(new GetPlanRequest { Name = plan.Name })).Units[0].Progress); // ended: no progress

        // The job as it stood mid-search (a tiny unit's search ends too soon to catch it running): 4 rosters, the best 1 234.
        var jobs = server.Services.GetRequiredService<Storage.JobRepository>();
        var ended = (await jobs.GetAsync(plan.Units[0].SolveJob, CancellationToken.None))!;
        var running = ended with { State = Storage.JobState.Running, EndTime = null, Result = null, LatestProgress = new Storage.JobProgress(Storage.JobState.Running, 1234, 1000, 0.19, TimeSpan.FromSeconds(7), 4) };
        await jobs.UpdateAsync(running, CancellationToken.None);
        try
        {
            var mid = await plans.GetPlanAsync(new GetPlanRequest { Name = plan.Name });
            Assert.False(mid.Progress.Done);
            var progress = mid.Units[0].Progress;
            Assert.Equal((plan.Units[0].SolveJob, 4, 1234L, 1000L, 7L), (progress.Job, progress.SolutionCount, progress.Objective, progress.BestBound, progress.Elapsed.Seconds));

            using var http = server.CreateClient();
            using var page = new HttpRequestMessage(HttpMethod.Get, $"/plans/{plan.Name["plans/".Length..]}?lang=en");
            page.Headers.Authorization = new("Bearer", TestTokens.Planner());
            Assert.Contains("4 rosters found, best penalty 1,234, after 7 s", await (await http.SendAsync(page)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await jobs.UpdateAsync(ended, CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_bad_unit_refuses_the_whole_plan_and_starts_no_job()
    {
        var channel = server.Channel();
        await EnsureUnitsAsync(new UnitService.UnitServiceClient(channel));
        var plans = new PlanService.PlanServiceClient(channel);
        var solve = new SolveService.SolveServiceClient(channel);
        async Task<int> JobsAsync() => (await solve.ListSolveJobsAsync(new ListSolveJobsRequest { PageSize = 1000 })).SolveJobs.Count;
        var before = await JobsAsync();

        var twice = await Assert.ThrowsAsync<RpcException>(() => plans.StartPlanAsync(new StartPlanRequest { Units = { "units/plan-north", "units/plan-north" }, Period = Week }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, twice.StatusCode);
        Assert.Contains(twice.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations, v => v.Field == "units[1]");

        var unknown = await Assert.ThrowsAsync<RpcException>(() => plans.StartPlanAsync(new StartPlanRequest { Units = { "units/plan-north", "units/nowhere" }, Period = Week }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("units[1]", unknown.Status.Detail, StringComparison.Ordinal);

        var empty = await Assert.ThrowsAsync<RpcException>(() => plans.StartPlanAsync(new StartPlanRequest { Period = Week }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, empty.StatusCode);

        var badPeriod = await Assert.ThrowsAsync<RpcException>(() => plans.StartPlanAsync(new StartPlanRequest { Units = { "units/plan-north" }, Period = new Period { StartDate = "2027-02-30", Days = 7 } }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, badPeriod.StatusCode);

        var many = new StartPlanRequest { Period = Week };
        many.Units.AddRange(Enumerable.Range(0, 101).Select(i => $"units/u{i}"));
        Assert.Equal(StatusCode.InvalidArgument, (await Assert.ThrowsAsync<RpcException>(() => plans.StartPlanAsync(many).ResponseAsync)).StatusCode);

        Assert.Equal(before, await JobsAsync());
        Assert.Equal(StatusCode.NotFound, (await Assert.ThrowsAsync<RpcException>(() => plans.GetPlanAsync(new GetPlanRequest { Name = "plans/none" }).ResponseAsync)).StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, (await Assert.ThrowsAsync<RpcException>(() => plans.GetPlanAsync(new GetPlanRequest { Name = "units/plan-north" }).ResponseAsync)).StatusCode);
    }

    [Fact]
    public async Task Only_a_planner_plans_or_reads_a_plan()
    {
        var manager = new PlanService.PlanServiceClient(server.Channel(TestTokens.Manager("units/plan-north", "units/plan-south")));
        var refused = await Assert.ThrowsAsync<RpcException>(() => manager.StartPlanAsync(new StartPlanRequest { Units = { "units/plan-north" }, Period = Week }).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        var read = await Assert.ThrowsAsync<RpcException>(() => manager.GetPlanAsync(new GetPlanRequest { Name = "plans/any" }).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, read.StatusCode);
    }
}
