using Google.Rpc;
using Scheduling.Api.Application;
using Scheduling.Api.V1;
using Scheduling.Domain.Checking;
using Period = Scheduling.Api.V1.Period;

namespace Scheduling.Api.Tests;

/// <summary>
/// A sick call during a published period through the service: the absence recorded and checked, its shift's ranked
/// replacements (the first verified by the rule checker), one accepted as a version that differs from the published one
/// only in the listed shifts, published and seen by the employees, and a re-solve that takes an absence recorded later.
/// </summary>
public class AbsenceTests : IClassFixture<ClockedServer>
{
    private const string Unit = "units/solbacken";
    private readonly ClockedServer server;
    private readonly SolveService.SolveServiceClient solve;
    private readonly RosterService.RosterServiceClient rosters;
    private readonly AbsenceService.AbsenceServiceClient absences;

    public AbsenceTests(ClockedServer server)
    {
        this.server = server;
        var channel = server.Channel();
        solve = new SolveService.SolveServiceClient(channel);
        rosters = new RosterService.RosterServiceClient(channel);
        absences = new AbsenceService.AbsenceServiceClient(channel);
    }

    private static SolveOptions Seconds(double s) => new() { TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(s)), Workers = 2 };

    private async Task<SolveJob> FinishedAsync(SolveJob job)
    {
        using var watch = solve.WatchSolve(new WatchSolveRequest { Name = job.Name });
        SolveProgress last = new();
        while (await watch.ResponseStream.MoveNext(CancellationToken.None)) last = watch.ResponseStream.Current;
        return last.FinalJob;
    }

    private static Absence Sick(string employee, string from, string to) => new() { Employee = employee, StartDate = from, EndDate = to, Kind = AbsenceKind.Sick };

    private static List<string> Fields(RpcException ex) => [.. ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field)];

    [Fact]
    public async Task A_sick_call_gives_ranked_replacements_and_accepting_one_makes_a_version_that_differs_only_in_the_listed_shifts()
    {
        // A week solved and published on time.
        server.Today(2027, 2, 10);
        var period = new Period { StartDate = "2027-03-01", Days = 7 };
        var job = await FinishedAsync(await solve.StartSolveAsync(new StartSolveRequest { Reference = new ProblemReference { Unit = Unit, Period = period }, Options = Seconds(20) }));
        Assert.False(string.IsNullOrEmpty(job.Result?.Roster), job.ToString());
        var name = job.Result.Roster;
        await rosters.ApproveRosterAsync(new ApproveRosterRequest { Name = name });
        var published = await rosters.PublishRosterAsync(new PublishRosterRequest { Name = name });
        Assert.Equal(RosterState.Published, published.State);

        // 06:10 on 3 March: the employee of the first shift that day calls in sick for the day.
        server.Today(2027, 3, 3);
        var opened = published.Assignments.First(a => a.Date == "2027-03-03");
        var absence = await absences.CreateAbsenceAsync(new CreateAbsenceRequest { Parent = Unit, Absence = Sick(opened.Employee, "2027-03-03", "2027-03-03") });
        Assert.StartsWith($"{Unit}/absences/", absence.Name, StringComparison.Ordinal);

        var list = await rosters.ListReplacementsAsync(new ListReplacementsRequest { Name = published.Name, Absence = absence.Name });
        var shift = Assert.Single(list.Shifts);
        Assert.Equal((opened.Employee, opened.Date, opened.Shift), (shift.Employee, shift.Date, shift.Shift));
        Assert.True(shift.NeedsConsent); // inside the 14-day notice
        Assert.NotEmpty(shift.Candidates);
        Assert.Equal(Enumerable.Range(1, shift.Candidates.Count), shift.Candidates.Select(c => c.Rank));
        Assert.DoesNotContain(shift.Candidates, c => c.Employee == opened.Employee);
        Assert.All(shift.Candidates, c => Assert.False(string.IsNullOrEmpty(c.ReasonSv) || string.IsNullOrEmpty(c.ReasonEn)));
        Assert.Equal(shift.Candidates.Select(c => c.PenaltyDifference).Order(), shift.Candidates.Select(c => c.PenaltyDifference));
        // Those who cannot take it say which rule and when.
        Assert.All(shift.Excluded, e =>
        {
            Assert.NotEmpty(e.Broken);
            Assert.All(e.Broken, b => Assert.False(string.IsNullOrEmpty(b.Rule)));
            Assert.Contains(e.Broken, b => b.Dates.Count > 0);
            Assert.False(string.IsNullOrEmpty(e.ReasonSv));
        });
        // Every other employee is either a candidate or excluded.
        var problemFile = await new UnitService.UnitServiceClient(server.Channel()).GetUnitProblemAsync(new GetUnitProblemRequest { Unit = Unit, Period = period });
        Assert.Equal(problemFile.Employees.Count - 1, shift.Candidates.Count + shift.Excluded.Count);

        // The first candidate breaks no rule: the checker over the unit's problem (with the absence) and the roster with the shift moved.
        var first = shift.Candidates[0];
        Assert.Contains(problemFile.Unavailability, u => u.Employee == opened.Employee && u.Date == "2027-03-03");
        var problem = TestProblems.Read(problemFile);
        var day = new NodaTime.LocalDate(2027, 3, 3);
        var without = new Domain.Roster([.. Scheduling.Api.Mapping.RosterMapping.Assignments(published).Assignments.Where(a => !(a.Employee.Value == opened.Employee && a.Date == day))]);
        var with = new Domain.Roster([.. without.Assignments, new Domain.Assignment(new Domain.EmployeeId(first.Employee), day, new Domain.ShiftCode(opened.Shift))]);
        var hardBefore = RuleChecker.Evaluate(problem, without).HardViolations.Count(v => v.Employee?.Value == first.Employee);
        var hardAfter = RuleChecker.Evaluate(problem, with).HardViolations.Count(v => v.Employee?.Value == first.Employee);
        Assert.Equal(hardBefore, hardAfter);

        // Accepting it makes version 2, proposed, that differs from the published one only in the two listed shifts.
        var accepted = await rosters.AcceptReplacementAsync(new AcceptReplacementRequest { Name = published.Name, Absence = absence.Name, Date = opened.Date, Employee = first.Employee });
        Assert.Equal(RosterState.Proposed, accepted.Roster.State);
        Assert.Equal(published.Name, accepted.Roster.Parent);
        Assert.Equal(published.Version + 1, accepted.Roster.Version);
        Assert.Equal(
            [(first.Employee, opened.Date, "", opened.Shift), (opened.Employee, opened.Date, opened.Shift, "")],
            accepted.Changes.Select(c => (c.Employee, c.Date, c.ShiftBefore, c.ShiftAfter)).OrderBy(c => c.Item3, StringComparer.Ordinal));
        var comparison = await rosters.CompareRostersAsync(new CompareRostersRequest { Name = accepted.Roster.Name, Other = published.Name });
        Assert.Equal(accepted.Changes, comparison.Moved);
        Assert.Equal(new[] { first.Employee, opened.Employee }.Order(StringComparer.Ordinal), accepted.Roster.AffectedEmployees);
        // The published version is untouched until the manager publishes the new one.
        var still = await rosters.GetRosterAsync(new GetRosterRequest { Name = published.Name });
        Assert.Equal(RosterState.Published, still.State);
        Assert.Equal(published.Assignments, still.Assignments);

        // Someone who cannot take it is refused with the rule.
        if (shift.Excluded.FirstOrDefault() is { } excluded)
        {
            var refused = await Assert.ThrowsAsync<RpcException>(() => rosters.AcceptReplacementAsync(new AcceptReplacementRequest { Name = published.Name, Absence = absence.Name, Date = opened.Date, Employee = excluded.Employee }).ResponseAsync);
            Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
            Assert.Equal(["employee"], Fields(refused));
        }

        // Published (inside the notice, so with a reason), both employees see the change in their own roster.
        await rosters.ApproveRosterAsync(new ApproveRosterRequest { Name = accepted.Roster.Name });
        await rosters.PublishRosterAsync(new PublishRosterRequest { Name = accepted.Roster.Name, Reason = "Sjukanmälan, samtycke från ersättaren" });
        var taker = await new EmployeeSelfService.EmployeeSelfServiceClient(server.Channel(TestTokens.Employee(Unit, first.Employee))).GetMyRosterAsync(new GetMyRosterRequest());
        Assert.Equal(accepted.Roster.Name, taker.Roster);
        Assert.Contains(taker.Assignments, a => a.Date == opened.Date && a.Shift == opened.Shift);
        var sick = await new EmployeeSelfService.EmployeeSelfServiceClient(server.Channel(TestTokens.Employee(Unit, opened.Employee))).GetMyRosterAsync(new GetMyRosterRequest());
        Assert.DoesNotContain(sick.Assignments, a => a.Date == opened.Date);

        // A re-solve takes an absence recorded after the solve: the employee of a shift on 5 March is away that day.
        var later = accepted.Roster.Assignments.First(a => a.Date == "2027-03-05");
        await absences.CreateAbsenceAsync(new CreateAbsenceRequest
        {
            Parent = Unit,
            Absence = new Absence
            {
                Employee = later.Employee,
                StartTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, 3, 5, 5, 0, 0, TimeSpan.FromHours(1))),
                EndTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, 3, 5, 23, 0, 0, TimeSpan.FromHours(1))),
                Kind = AbsenceKind.Vab,
            },
        });
        var resolved = await FinishedAsync(await rosters.ResolveRosterAsync(new ResolveRosterRequest { Name = accepted.Roster.Name, Options = Seconds(20) }));
        var next = await rosters.GetRosterAsync(new GetRosterRequest { Name = resolved.Result.Roster });
        Assert.DoesNotContain(next.Assignments, a => a.Employee == later.Employee && a.Date == "2027-03-05");
    }

    [Fact]
    public async Task An_absence_is_checked_field_by_field()
    {
        async Task<List<string>> RefusedAsync(Absence a)
        {
            var ex = await Assert.ThrowsAsync<RpcException>(() => absences.CreateAbsenceAsync(new CreateAbsenceRequest { Parent = Unit, Absence = a }).ResponseAsync);
            Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
            return Fields(ex);
        }

        Assert.Equal(["absence.employee"], await RefusedAsync(Sick("E99", "2027-04-01", "2027-04-02")));
        Assert.Equal(["absence.endDate"], await RefusedAsync(Sick("E01", "2027-04-02", "2027-04-01")));
        Assert.Equal(["absence.endDate"], await RefusedAsync(Sick("E01", "2027-01-01", "2028-01-05")));
        Assert.Equal(["absence.startDate"], await RefusedAsync(Sick("E01", "2027-04-31", "2027-05-01")));
        Assert.Equal(["absence.kind"], await RefusedAsync(new Absence { Employee = "E01", StartDate = "2027-04-01", EndDate = "2027-04-01" }));
        Assert.Equal(["absence.startDate"], await RefusedAsync(new Absence { Employee = "E01", Kind = AbsenceKind.Other }));
        var both = Sick("E01", "2027-04-01", "2027-04-01");
        both.StartTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UnixEpoch);
        both.EndTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UnixEpoch.AddHours(1));
        Assert.Equal(["absence.startDate"], await RefusedAsync(both));
        var backwards = new Absence
        {
            Employee = "E01", Kind = AbsenceKind.Sick,
            StartTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UnixEpoch.AddHours(2)),
            EndTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UnixEpoch.AddHours(1)),
        };
        Assert.Equal(["absence.endTime"], await RefusedAsync(backwards));
        Assert.Equal(["absence.note"], await RefusedAsync(new Absence { Employee = "E01", StartDate = "2027-04-01", EndDate = "2027-04-01", Kind = AbsenceKind.Sick, Note = new string('x', 501) }));
        var beyond = new Absence { Employee = "E01", Kind = AbsenceKind.Sick, StartTime = backwards.EndTime, EndTime = new Google.Protobuf.WellKnownTypes.Timestamp { Seconds = 253_402_300_800 } };
        Assert.Equal(["absence.endTime"], await RefusedAsync(beyond));

        // Overlapping another absence of the same employee is refused; another employee's is fine.
        var leave = await absences.CreateAbsenceAsync(new CreateAbsenceRequest { Parent = Unit, Absence = new Absence { Employee = "E02", StartDate = "2027-05-03", EndDate = "2027-05-07", Kind = AbsenceKind.Leave, Note = "semester" } });
        Assert.Equal(["absence.startDate"], await RefusedAsync(Sick("E02", "2027-05-07", "2027-05-08")));
        await absences.CreateAbsenceAsync(new CreateAbsenceRequest { Parent = Unit, Absence = Sick("E03", "2027-05-07", "2027-05-08") });
        // Instants name the other absence's as a timestamp shows them.
        var evening = await absences.CreateAbsenceAsync(new CreateAbsenceRequest
        {
            Parent = Unit,
            Absence = new Absence
            {
                Employee = "E04", Kind = AbsenceKind.Vab,
                StartTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, 5, 10, 16, 0, 0, TimeSpan.Zero)),
                EndTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, 5, 10, 21, 30, 0, 250, TimeSpan.Zero)),
            },
        });
        var again = await Assert.ThrowsAsync<RpcException>(() => absences.CreateAbsenceAsync(new CreateAbsenceRequest { Parent = Unit, Absence = Sick("E04", "2027-05-10", "2027-05-10") }).ResponseAsync);
        var violation = Assert.Single(again.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations);
        Assert.Equal(("absence.startDate", $"overlaps {evening.Name} of the same employee (\"2027-05-10T16:00:00Z\" to \"2027-05-10T21:30:00.250Z\"); change or delete that one instead"), (violation.Field, violation.Description));
        await absences.DeleteAbsenceAsync(new DeleteAbsenceRequest { Name = evening.Name, Etag = evening.Etag });
        Assert.Equal(leave, await absences.GetAbsenceAsync(new GetAbsenceRequest { Name = leave.Name }));
        await absences.DeleteAbsenceAsync(new DeleteAbsenceRequest { Name = leave.Name });
        var missing = await Assert.ThrowsAsync<RpcException>(() => absences.GetAbsenceAsync(new GetAbsenceRequest { Name = leave.Name }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Managers_and_planners_write_absences_and_an_employee_sees_only_their_own()
    {
        var manager = new AbsenceService.AbsenceServiceClient(server.Channel(TestTokens.Manager(Unit)));
        var own = await manager.CreateAbsenceAsync(new CreateAbsenceRequest { Parent = Unit, Absence = Sick("E05", "2027-06-01", "2027-06-02") });
        var other = await absences.CreateAbsenceAsync(new CreateAbsenceRequest { Parent = Unit, Absence = Sick("E06", "2027-06-01", "2027-06-02") });

        var stranger = new AbsenceService.AbsenceServiceClient(server.Channel(TestTokens.Manager("units/elsewhere")));
        foreach (var call in new Func<Task>[]
        {
            () => stranger.CreateAbsenceAsync(new CreateAbsenceRequest { Parent = Unit, Absence = Sick("E05", "2027-07-01", "2027-07-01") }).ResponseAsync,
            () => stranger.ListAbsencesAsync(new ListAbsencesRequest { Parent = Unit }).ResponseAsync,
            () => stranger.GetAbsenceAsync(new GetAbsenceRequest { Name = own.Name }).ResponseAsync,
        })
            Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(call)).StatusCode);

        var employee = new AbsenceService.AbsenceServiceClient(server.Channel(TestTokens.Employee(Unit, "E05")));
        var mine = await employee.ListAbsencesAsync(new ListAbsencesRequest { Parent = Unit });
        Assert.Equal([own.Name], mine.Absences.Select(a => a.Name));
        Assert.Equal(own.Name, (await employee.GetAbsenceAsync(new GetAbsenceRequest { Name = own.Name })).Name);
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() => employee.GetAbsenceAsync(new GetAbsenceRequest { Name = other.Name }).ResponseAsync)).StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() => employee.CreateAbsenceAsync(new CreateAbsenceRequest { Parent = Unit, Absence = Sick("E05", "2027-07-01", "2027-07-01") }).ResponseAsync)).StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() => employee.DeleteAbsenceAsync(new DeleteAbsenceRequest { Name = own.Name }).ResponseAsync)).StatusCode);
        var roster = new RosterService.RosterServiceClient(server.Channel(TestTokens.Employee(Unit, "E05")));
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() => roster.ListReplacementsAsync(new ListReplacementsRequest { Name = "rosters/any", Absence = own.Name }).ResponseAsync)).StatusCode);

        await manager.DeleteAbsenceAsync(new DeleteAbsenceRequest { Name = own.Name });
        await absences.DeleteAbsenceAsync(new DeleteAbsenceRequest { Name = other.Name });
    }
}
