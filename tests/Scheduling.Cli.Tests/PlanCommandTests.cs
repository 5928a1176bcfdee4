using Scheduling.Api.V1;

namespace Scheduling.Cli.Tests;

/// <summary>The planner's <c>plan</c> command: its text of a plan and its refusals of bad arguments before any call.</summary>
public class PlanCommandTests
{
    private static async Task<(int Code, string Out, string Err)> Plan(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["plan", .. args], stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_plan_prints_its_progress_each_unit_and_the_totals()
    {
        var text = PlanCommand.PlanText(new Api.V1.Plan
        {
            Name = "plans/p1",
            Period = new Period { StartDate = "2027-03-01", Days = 28 },
            Units =
            {
                new PlanUnit { Unit = "units/a", DisplayName = "Almgården", SolveJob = "solveJobs/j1", State = SolveJob.Types.State.Succeeded, Roster = "rosters/r1", EmployeeCount = 12, Penalty = 900, HoursBelowIdeal = 16, HoursBelowMinimum = 8, CostKronor = 1234567, SubstituteKronor = 4500 },
                new PlanUnit
                {
                    Unit = "units/b", DisplayName = "b", SolveJob = "solveJobs/j2", State = SolveJob.Types.State.Running,
                    Progress = new SolveProgress { SolutionCount = 3, Objective = 4321, Elapsed = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(12.6)) },
                },
            },
            Progress = new PlanProgress { Running = 1, Succeeded = 1 },
            Report = new PlanReport { UnitsWithRoster = 1, Employees = 12, HoursBelowIdeal = 16, HoursBelowMinimum = 8, CostKronor = 1234567, SubstituteKronor = 4500 },
        });
        var lines = text.TrimEnd().Split(Environment.NewLine);
        Assert.Equal("plans/p1: 1 of 2 ended (0 queued, 1 running, 1 succeeded, 0 cancelled, 0 failed); period 2027-03-01, 28 days", lines[0]);
        Assert.Equal("  units/a (Almgården)  Succeeded  solveJobs/j1  rosters/r1  12 staff  penalty 900  hard 0  below ideal 16.0 h (minimum 8.0 h)  cost 1 234 567 kr (substitutes 4 500 kr)", lines[1]);
        // A unit without a display name of its own shows its id once; a running one its latest improvement.
        Assert.Equal("  units/b  Running  solveJobs/j2  3 rosters found, best penalty 4321 after 12 s", lines[2]);
        Assert.StartsWith("all units with a roster (1): 12 staff", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_arguments_are_refused_with_a_line_and_a_non_zero_exit()
    {
        var noPeriod = await Plan("start", "units/a", "--server", "http://127.0.0.1:1");
        Assert.NotEqual(0, noPeriod.Code);
        Assert.Contains("--start", noPeriod.Err, StringComparison.Ordinal);

        var noUnits = await Plan("start", "--start", "2027-03-01", "--days", "28", "--server", "http://127.0.0.1:1");
        Assert.NotEqual(0, noUnits.Code);

        var noServer = await Plan("get", "plans/p1");
        Assert.NotEqual(0, noServer.Code);
        Assert.Contains("--server", noServer.Err, StringComparison.Ordinal);
    }
}
