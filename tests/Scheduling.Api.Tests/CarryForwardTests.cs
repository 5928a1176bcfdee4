using Scheduling.Api.V1;
using Duration = Google.Protobuf.WellKnownTypes.Duration;
using Period = Scheduling.Api.V1.Period;

namespace Scheduling.Api.Tests;

/// <summary>
/// Publishing a roster carries its time bank and fairness ledger into the unit's next period; publishing a newer
/// version of the same period replaces that carry rather than adding to it.
/// </summary>
public sealed class CarryForwardTests(ClockedServer server) : IClassFixture<ClockedServer>
{
    private const string Unit = "units/solbacken";

    private static Period Week(string start) => new() { StartDate = start, Days = 7 };

    private static async Task<Roster> SolvedAsync(SolveService.SolveServiceClient solve, RosterService.RosterServiceClient rosters, string start)
    {
        var job = await solve.StartSolveAsync(new StartSolveRequest
        {
            Reference = new ProblemReference { Unit = Unit, Period = Week(start) },
            Options = new SolveOptions { TimeLimit = Duration.FromTimeSpan(TimeSpan.FromSeconds(3)), Workers = 2 },
        });
        using (var watch = solve.WatchSolve(new WatchSolveRequest { Name = job.Name }))
            while (await watch.ResponseStream.MoveNext(CancellationToken.None)) job = watch.ResponseStream.Current.FinalJob ?? job;
        Assert.True(job.Result?.Roster is { Length: > 0 }, $"the solve of the week from {start} ended {job.State} without a roster: {job.Error?.Message} {job.Result?.Status}");
        return await rosters.GetRosterAsync(new GetRosterRequest { Name = job.Result!.Roster });
    }

    private static void AssertCarried(Roster from, Problem into)
    {
        foreach (var line in from.Hours.Where(h => h.HasTimeBankOutMinutes))
            Assert.True(line.TimeBankOutMinutes == into.Employees.Single(e => e.Id == line.Employee).TimeBankMinutes, $"{line.Employee}: {line.TimeBankOutMinutes} out, {into.Employees.Single(e => e.Id == line.Employee).TimeBankMinutes} in");
        var ledger = into.FairnessLedger.ToDictionary(l => l.Employee);
        foreach (var line in from.Hours.Where(h => h.LedgerOut is not null))
        {
            var entry = ledger[line.Employee];
            Assert.Equal((line.LedgerOut.WishShareDeficit, line.LedgerOut.NightsOver, line.LedgerOut.WeekendsOver, line.LedgerOut.HolidaysOver),
                (entry.WishShareDeficit, entry.NightsOver, entry.WeekendsOver, entry.HolidaysOver));
        }
    }

    [Fact]
    public async Task Publishing_moves_the_time_bank_and_ledger_into_the_next_period_and_a_superseding_version_replaces_them()
    {
        server.Today(2027, 2, 1);
        var channel = server.Channel(TestTokens.Manager(Unit));
        var solve = new SolveService.SolveServiceClient(channel);
        var rosters = new RosterService.RosterServiceClient(channel);
        var units = new UnitService.UnitServiceClient(channel);
        async Task<Problem> ProblemAsync(string start) => await units.GetUnitProblemAsync(new GetUnitProblemRequest { Unit = Unit, Period = Week(start) });

        var before = await ProblemAsync("2027-03-08");
        var first = await SolvedAsync(solve, rosters, "2027-03-01");
        Assert.Equal(before.Employees.Select(e => e.TimeBankMinutes), (await ProblemAsync("2027-03-08")).Employees.Select(e => e.TimeBankMinutes)); // not before publishing
        await rosters.ApproveRosterAsync(new ApproveRosterRequest { Name = first.Name });
        await rosters.PublishRosterAsync(new PublishRosterRequest { Name = first.Name });

        // Period 2 starts from period 1's balances out; period 1 itself still from the employees' records.
        var second = await ProblemAsync("2027-03-08");
        AssertCarried(first, second);
        Assert.Contains(first.Hours, h => h.HasTimeBankOutMinutes && h.TimeBankOutMinutes != h.TimeBankInMinutes);
        Assert.NotEmpty(second.FairnessLedger);
        Assert.Equal(first.Hours.Select(h => (long)(before.Employees.Single(e => e.Id == h.Employee).TimeBankMinutes)), first.Hours.Select(h => h.TimeBankInMinutes));
        Assert.Equal(before.Employees.Select(e => e.TimeBankMinutes), (await ProblemAsync("2027-03-01")).Employees.Select(e => e.TimeBankMinutes));

        // A change after publishing makes version 2; publishing it supersedes version 1 and replaces its carry.
        var dropped = first.Assignments[0];
        var edit = await rosters.EditRosterAsync(new EditRosterRequest { Name = first.Name, Employee = dropped.Employee, Date = dropped.Date, Shift = "" });
        await rosters.ApproveRosterAsync(new ApproveRosterRequest { Name = edit.Roster.Name });
        var version2 = await rosters.PublishRosterAsync(new PublishRosterRequest { Name = edit.Roster.Name });
        Assert.Equal(RosterState.Superseded, (await rosters.GetRosterAsync(new GetRosterRequest { Name = first.Name })).State);
        var again = await ProblemAsync("2027-03-08");
        AssertCarried(version2, again);
        var shiftMinutes = first.Hours.Single(h => h.Employee == dropped.Employee).WorkedMinutes - version2.Hours.Single(h => h.Employee == dropped.Employee).WorkedMinutes;
        Assert.True(shiftMinutes > 0);
        // Only the dropped shift's employee moves: their hours short of the target grow by what the shift took below it
        // (hours beyond the target were paid, not banked, so dropping one of those changes no balance).
        var droppedLine = first.Hours.Single(h => h.Employee == dropped.Employee);
        var beyondTarget = droppedLine.WorkedMinutes - droppedLine.TargetMinutes;
        var shortfallGrowth = Math.Min(0, beyondTarget) - Math.Min(0, beyondTarget - shiftMinutes);
        foreach (var employee in again.Employees)
        {
            var expected = second.Employees.Single(e => e.Id == employee.Id).TimeBankMinutes - (employee.Id == dropped.Employee ? shortfallGrowth : 0);
            Assert.True(expected == employee.TimeBankMinutes, $"{employee.Id}: {employee.TimeBankMinutes}, expected {expected} (no double count)");
        }

        // Period 2, solved from those balances and published, carries on into period 3.
        var next = await SolvedAsync(solve, rosters, "2027-03-08");
        Assert.Equal(again.Employees.Select(e => (long)e.TimeBankMinutes), next.Hours.Select(h => h.TimeBankInMinutes));
        await rosters.ApproveRosterAsync(new ApproveRosterRequest { Name = next.Name });
        await rosters.PublishRosterAsync(new PublishRosterRequest { Name = next.Name });
        var third = await ProblemAsync("2027-03-15");
        AssertCarried(next, third);

        // Period 1 changed and published again after period 2: period 2's carry is recomputed from it.
        var dropAgain = version2.Assignments.First(a => a.Employee != dropped.Employee);
        var edit3 = await rosters.EditRosterAsync(new EditRosterRequest { Name = version2.Name, Employee = dropAgain.Employee, Date = dropAgain.Date, Shift = "" });
        await rosters.ApproveRosterAsync(new ApproveRosterRequest { Name = edit3.Roster.Name });
        var version3 = await rosters.PublishRosterAsync(new PublishRosterRequest { Name = edit3.Roster.Name });
        AssertCarried(version3, await ProblemAsync("2027-03-08"));
        // The dropped shift moves that employee's balance out of period 1 (by what it took below the target); period 2's
        // target moves by as much, so its balance out moves by what that leaves below period 2's target.
        var movedIn = version3.Hours.Single(h => h.Employee == dropAgain.Employee).TimeBankOutMinutes - version2.Hours.Single(h => h.Employee == dropAgain.Employee).TimeBankOutMinutes;
        var period2 = next.Hours.Single(h => h.Employee == dropAgain.Employee);
        var beyondTarget2 = period2.WorkedMinutes - period2.TargetMinutes;
        var movedOut = Math.Min(0, beyondTarget2 + movedIn) - Math.Min(0, beyondTarget2);
        var recomputed = await ProblemAsync("2027-03-15");
        foreach (var employee in recomputed.Employees)
        {
            var expected = third.Employees.Single(e => e.Id == employee.Id).TimeBankMinutes + (employee.Id == dropAgain.Employee ? movedOut : 0);
            Assert.True(expected == employee.TimeBankMinutes, $"{employee.Id}: {employee.TimeBankMinutes} after period 2, expected {expected}");
        }
    }
}
