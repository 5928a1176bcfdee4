using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Scheduling.Api.Mapping;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;

namespace Scheduling.Api.Tests;

/// <summary>
/// A job is a record in the application and a message on the wire and on disk (<see cref="JobMapping"/>): the mapping
/// loses nothing either way, so a job stored before the record existed reads and answers exactly as it did.
/// </summary>
public sealed class JobMappingTests
{
    private static SolveJob EveryField() => new()
    {
        Name = "solveJobs/j1",
        State = SolveJob.Types.State.Cancelled,
        Unit = "units/a",
        ProblemName = "p",
        EmployeeCount = 12,
        Period = new Period { StartDate = "2027-03-01", Days = 28, TimeZone = "Europe/Stockholm" },
        Options = new SolveOptions { TimeLimit = Duration.FromTimeSpan(TimeSpan.FromMilliseconds(30_500)), Workers = 3, Seed = 7, WarmStartRoster = "rosters/w", NoRelax = true, ReferenceRoster = "rosters/r" },
        CreateTime = new Timestamp { Seconds = 1_800_000_000, Nanos = 123_456_700 },
        StartTime = new Timestamp { Seconds = 1_800_000_010 },
        EndTime = new Timestamp { Seconds = 1_800_000_040, Nanos = 500 },
        LatestProgress = new SolveProgress { Job = "solveJobs/j1", State = SolveJob.Types.State.Running, Objective = 90, BestBound = 40, Gap = 0.5, Elapsed = Duration.FromTimeSpan(TimeSpan.FromSeconds(12)), SolutionCount = 4 },
        Result = new SolveResult
        {
            Status = SolveResult.Types.Status.Infeasible,
            Roster = "rosters/j1",
            Objective = 88,
            BestBound = 41,
            Gap = 0.53,
            Relaxed = true,
            Cancelled = true,
            Conflicts = { new Conflict { Rule = "daily-rest", Employee = "E1", Date = "2027-03-02" }, new Conflict { Rule = "max-hours" } },
            HardViolationCount = 2,
            TotalTime = Duration.FromTimeSpan(TimeSpan.FromSeconds(30)),
            SolutionCount = 5,
        },
        Error = new Google.Rpc.Status { Code = (int)Google.Rpc.Code.Aborted, Message = "taken over" },
        Restarts = 1,
    };

    [Fact]
    public void A_job_with_every_field_set_is_the_same_message_after_the_record()
    {
        var message = EveryField();
        var record = JobMapping.ToDomain(message);
        Assert.Equal(message, JobMapping.ToProto(record));
        Assert.Equal(message.ToByteArray(), JobMapping.ToProto(record).ToByteArray());
        Assert.Equal(("rosters/w", "rosters/r", "rosters/j1", true), (record.WarmStartRoster, record.ReferenceRoster, record.Roster, record.IsOver));
    }

    [Fact]
    public void A_queued_job_without_progress_result_or_error_stays_without_them()
    {
        var message = new SolveJob { Name = "solveJobs/q", State = SolveJob.Types.State.Queued, Options = new SolveOptions(), CreateTime = new Timestamp { Seconds = 5 } };
        var record = JobMapping.ToDomain(message);
        Assert.Equal((null, null, null, null), (record.LatestProgress, record.Result, record.Error, record.Options.TimeLimit));
        Assert.False(record.IsOver);
        Assert.Equal(message, JobMapping.ToProto(record));
    }

    [Fact]
    public void The_job_states_and_failures_are_the_contracts_numbers()
    {
        foreach (var state in System.Enum.GetValues<SolveJob.Types.State>())
            Assert.Equal(state.ToString(), ((JobState)(int)state).ToString());
        Assert.Equal(System.Enum.GetValues<SolveJob.Types.State>().Length, System.Enum.GetValues<JobState>().Length);
        foreach (var failure in System.Enum.GetValues<JobFailure>())
            Assert.Equal(failure.ToString(), ((Google.Rpc.Code)(int)failure).ToString());
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(1, -5)]
    [InlineData(0, 1_000_000_000)]
    public void A_time_limit_that_is_not_a_duration_reads_as_zero_which_the_admission_refuses(long seconds, int nanos)
    {
        var options = JobMapping.ToDomain(new SolveOptions { TimeLimit = new Duration { Seconds = seconds, Nanos = nanos } });
        Assert.Equal(TimeSpan.Zero, options.TimeLimit);
    }

    [Fact]
    public void The_last_message_of_a_watch_carries_the_result_figures_and_the_job()
    {
        var job = JobMapping.ToDomain(EveryField());
        var last = JobMapping.FinalProgress(job);
        Assert.Equal((SolveJob.Types.State.Cancelled, 88L, 41L, 0.53, 5, TimeSpan.FromSeconds(30)), (last.State, last.Objective, last.BestBound, last.Gap, last.SolutionCount, last.Elapsed.ToTimeSpan()));
        Assert.Equal(EveryField(), last.FinalJob);
        Assert.Equal("solveJobs/j1", last.Job);
    }
}
