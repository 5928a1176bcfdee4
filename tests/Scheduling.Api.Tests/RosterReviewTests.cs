using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Scheduling.Api.V1;
using Period = Scheduling.Api.V1.Period;

namespace Scheduling.Api.Tests;

/// <summary>The review lifecycle over gRPC: change by hand, re-solve keeping pins, compare, approve, publish with notice.</summary>
public class RosterReviewTests : IClassFixture<ClockedServer>
{
    private readonly ClockedServer server;
    private readonly SolveService.SolveServiceClient solve;
    private readonly RosterService.RosterServiceClient rosters;

    public RosterReviewTests(ClockedServer server)
    {
        this.server = server;
        server.Today(2027, 2, 20);
        var channel = server.Channel();
        solve = new SolveService.SolveServiceClient(channel);
        rosters = new RosterService.RosterServiceClient(channel);
    }

    private static SolveOptions Seconds(double s) => new() { TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(s)), Workers = 2 };

    private async Task<SolveJob> FinishedAsync(SolveJob job)
    {
        using var watch = solve.WatchSolve(new WatchSolveRequest { Name = job.Name });
        SolveProgress last = new();
        while (await watch.ResponseStream.MoveNext(CancellationToken.None)) last = watch.ResponseStream.Current;
        return last.FinalJob;
    }

    [Fact]
    public async Task A_manager_pins_changes_resolves_compares_approves_and_publishes_with_a_reason()
    {
        var reference = new ProblemReference { Unit = "units/solbacken", Period = new Period { StartDate = "2027-03-01", Days = 7 } };
        var first = await FinishedAsync(await solve.StartSolveAsync(new StartSolveRequest { Reference = reference, Options = Seconds(4) }));
        var roster = await rosters.GetRosterAsync(new GetRosterRequest { Name = first.Result.Roster });
        Assert.Equal(RosterState.Proposed, roster.State);
        Assert.Equal(1, roster.Version);
        Assert.Empty(roster.Parent);

        // Pin one shift, and give someone else's shift a day off: the checker re-checks at once.
        var pinned = roster.Assignments[0];
        var edit = await rosters.EditRosterAsync(new EditRosterRequest { Name = roster.Name, Employee = pinned.Employee, Date = pinned.Date, Pinned = true });
        Assert.Equal(roster.Name, edit.Roster.Name);
        Assert.Contains(edit.Roster.Pins, p => p.Employee == pinned.Employee && p.Date == pinned.Date && p.Shift == pinned.Shift);
        var removed = roster.Assignments.First(a => a.Employee != pinned.Employee);
        edit = await rosters.EditRosterAsync(new EditRosterRequest { Name = roster.Name, Employee = removed.Employee, Date = removed.Date, Shift = "" });
        Assert.Equal(removed.Shift, edit.Change.ShiftBefore);
        Assert.Equal("", edit.Change.ShiftAfter);
        Assert.DoesNotContain(edit.Roster.Assignments, a => a.Employee == removed.Employee && a.Date == removed.Date);
        Assert.Equal(edit.Change.PenaltyAfter, edit.Roster.Penalty);
        var bad = await Assert.ThrowsAsync<RpcException>(() => rosters.EditRosterAsync(new EditRosterRequest { Name = roster.Name, Employee = "nobody", Date = "2026-01-01", Shift = "X" }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, bad.StatusCode);

        // Re-solve: the pin holds, the new roster is version 2 of the first.
        var again = await FinishedAsync(await rosters.ResolveRosterAsync(new ResolveRosterRequest { Name = roster.Name, Options = Seconds(4) }));
        Assert.Equal(roster.Name, again.Options.ReferenceRoster);
        var second = await rosters.GetRosterAsync(new GetRosterRequest { Name = again.Result.Roster });
        Assert.Equal(2, second.Version);
        Assert.Equal(roster.Name, second.Parent);
        Assert.Contains(second.Assignments, a => a.Employee == pinned.Employee && a.Date == pinned.Date && a.Shift == pinned.Shift);
        Assert.Contains(second.Pins, p => p.Employee == pinned.Employee && p.Date == pinned.Date);

        var comparison = await rosters.CompareRostersAsync(new CompareRostersRequest { Name = second.Name, Other = roster.Name });
        var edited = await rosters.GetRosterAsync(new GetRosterRequest { Name = roster.Name });
        Assert.Equal(second.Penalty - edited.Penalty, comparison.PenaltyDifference);
        Assert.Equal(comparison.Moved.Select(m => m.Employee).Distinct().Order(), comparison.AffectedEmployees.Order());
        Assert.Equal(second.AffectedEmployees.Order(), comparison.AffectedEmployees.Order());

        // Publishing needs approval first, and 9 days before the period a reason.
        var early = await Assert.ThrowsAsync<RpcException>(() => rosters.PublishRosterAsync(new PublishRosterRequest { Name = second.Name }).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, early.StatusCode);
        var approved = await rosters.ApproveRosterAsync(new ApproveRosterRequest { Name = second.Name });
        Assert.Equal(RosterState.Approved, approved.State);
        var late = await Assert.ThrowsAsync<RpcException>(() => rosters.PublishRosterAsync(new PublishRosterRequest { Name = second.Name }).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, late.StatusCode);
        Assert.Contains("14 days", late.Status.Detail, StringComparison.Ordinal);
        var published = await rosters.PublishRosterAsync(new PublishRosterRequest { Name = second.Name, Reason = "Samtycke från berörda" });
        Assert.Equal(RosterState.Published, published.State);
        Assert.Equal("Samtycke från berörda", published.PublishReason);

        // A published roster is read-only: a change makes version 3, listing who is affected.
        var moved = published.Assignments[^1];
        var third = await rosters.EditRosterAsync(new EditRosterRequest { Name = published.Name, Employee = moved.Employee, Date = moved.Date, Shift = "" });
        Assert.NotEqual(published.Name, third.Roster.Name);
        Assert.Equal(3, third.Roster.Version);
        Assert.Equal(published.Name, third.Roster.Parent);
        Assert.Equal([moved.Employee], third.Roster.AffectedEmployees);
        Assert.Equal(RosterState.Published, (await rosters.GetRosterAsync(new GetRosterRequest { Name = published.Name })).State);

        // Published on time (the clock 20 days before), the reason is not needed and a newer publication supersedes the old.
        server.Clock.Reset(Instant.FromUtc(2027, 2, 9, 9, 0));
        await rosters.ApproveRosterAsync(new ApproveRosterRequest { Name = third.Roster.Name });
        var onTime = await rosters.PublishRosterAsync(new PublishRosterRequest { Name = third.Roster.Name });
        Assert.Empty(onTime.PublishReason);
        Assert.Equal(RosterState.Superseded, (await rosters.GetRosterAsync(new GetRosterRequest { Name = published.Name })).State);
    }
}
