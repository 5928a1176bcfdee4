using Google.Protobuf;
using NodaTime;
using Scheduling.Api.Mapping;
using Scheduling.Api.V1;
using Scheduling.Domain.Review;

namespace Scheduling.Api.Tests;

/// <summary>
/// A stored roster read as the domain's version and report and written back as the contract's roster is the message it
/// was stored as, field for field: what GetRoster, ListRosters and the review page send is what was stored (issue 16).
/// </summary>
public class StoredReportTests
{
    /// <summary>A roster of <paramref name="example"/> with its whole report, a last change, pins, times and a place in review, as the store keeps it.</summary>
    internal static V1.Roster Stored(string example)
    {
        var problem = TestProblems.Read(JsonParser.Default.Parse<Problem>(File.ReadAllText(TestPaths.Example(example))));
        var template = problem.Templates[0].Code;
        var assigned = new Domain.Roster([.. problem.Employees.SelectMany((e, i) => Enumerable.Range(0, Math.Min(7, problem.Period.Days))
            .Where(d => (i + d) % 3 != 0)
            .Select(d => new Domain.Assignment(e.Id, problem.Period.DateOf(d), template)))]);
        var evaluation = Domain.Checking.RuleChecker.Evaluate(problem, assigned);
        var roster = new V1.Roster
        {
            Name = "rosters/stored",
            Unit = "units/u",
            SolveJob = "solveJobs/j",
            ProblemName = problem.Name,
            Period = RosterMapping.ToProto(problem.Period),
            Status = SolveResult.Types.Status.Feasible,
            Relaxed = true,
            CreateTime = RosterMapping.Time(Instant.FromUtc(2027, 2, 1, 8, 0)),
            Etag = "\"abc\"",
        };
        ReportMapping.Report(problem, assigned, evaluation, roster);
        var first = assigned.Assignments[0];
        var version = RosterMapping.ToDomain(roster, roster.Etag) with
        {
            State = ReviewState.Approved,
            Version = 3,
            Parent = "rosters/before",
            Pins = [new Domain.Pin(first.Employee, first.Date, first.Shift), new Domain.Pin(first.Employee, first.Date.PlusDays(1), null)],
            Updated = Instant.FromUtc(2027, 2, 2, 8, 0),
            Approved = Instant.FromUtc(2027, 2, 3, 8, 0),
            PublishReason = "sent late",
            AffectedEmployees = [first.Employee],
        };
        RosterMapping.Lifecycle(version, roster);
        roster.LastChange = DayEditMapping.ToProto(new DayEdit(first.Employee, first.Date, first.Shift, null, true, [.. evaluation.Violations.Take(2)], [.. evaluation.Violations.Skip(2).Take(1)],
            10, 20, 1, 2, Instant.FromUtc(2027, 2, 2, 8, 0)));
        return roster;
    }

    [Theory]
    [InlineData("resource-shifts.json")]
    [InlineData("care-home-solbacken.json")]
    [InlineData("small-group-home.json")]
    public void A_stored_roster_reads_back_as_the_message_it_was_stored_as(string example)
    {
        var stored = Stored(example);
        // The roster holds every part of the report, so the check covers each.
        Assert.NotEmpty(stored.Violations);
        Assert.NotEmpty(stored.Hours);
        Assert.Contains(stored.Hours, h => h.LedgerOut is not null);
        Assert.NotNull(stored.LastChange);

        var read = Storage.Encoding.RosterEncoding.Read(new Storage.StoredRoster(stored.Name, stored.Unit, stored.SolveJob, ReviewState.Approved, null, stored.ToByteArray(), stored.Etag), summary: false);

        Assert.Equal(stored, RosterMapping.ToProto(read.Version, read.Report));
    }

    [Fact]
    public void The_stored_examples_have_cost_pool_wishes_and_preferences_to_read_back()
    {
        Assert.NotNull(Stored("resource-shifts.json").Pool);
        Assert.NotNull(Stored("resource-shifts.json").Cost);
        var care = Stored("care-home-solbacken.json");
        Assert.NotEmpty(care.Wishes);
        Assert.NotEmpty(care.Preferences);
    }

    [Fact]
    public void A_roster_stored_without_period_times_or_report_reads_back_as_stored()
    {
        var bare = new V1.Roster { Name = "rosters/bare", SolveJob = "solveJobs/j", Version = 1, State = RosterState.Published, Etag = "\"e\"" };
        var read = Storage.Encoding.RosterEncoding.Read(new Storage.StoredRoster(bare.Name, "", bare.SolveJob, ReviewState.Published, null, bare.ToByteArray(), bare.Etag), summary: false);
        Assert.Equal(bare, RosterMapping.ToProto(read.Version, read.Report));
    }
}
