using Google.Protobuf.WellKnownTypes;
using NodaTime;
using Scheduling.Api.Application;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using Scheduling.Domain;
using System.Text.Json;
using Scheduling.Domain.Files;
using Scheduling.Domain.Review;

namespace Scheduling.Api.Tests.Stores;

/// <summary>
/// The domain-typed repositories read what the service has always stored (the contract's messages as bytes, written
/// here through the application's message path): a roster as its version, assignments and pins in domain types, a unit's
/// published periods, and a job as its record with the domain problem it was started with (each wish once).
/// </summary>
public sealed class RepositoryTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly string directory = TestPaths.TempDirectory();
    private readonly SqliteSchedulingStore store;

    public RepositoryTests() =>
        store = new SqliteSchedulingStore(Options.Create(new StoreOptions { DataDirectory = directory }), NullLogger<SqliteSchedulingStore>.Instance);

    public void Dispose()
    {
        store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private static V1.Roster Roster(string id, RosterState state, string start) => new()
    {
        Name = "rosters/" + id,
        Unit = "units/a",
        SolveJob = "solveJobs/" + id,
        Period = new V1.Period { StartDate = start, Days = 7 },
        State = state,
        Version = 2,
        Parent = "rosters/first",
        Penalty = 42,
        HardViolationCount = 1,
        Assignments = { new V1.Assignment { Employee = "E1", Date = start, Shift = "D" }, new V1.Assignment { Employee = "E2", Date = start, Shift = "N", Unit = "units/b" } },
        Pins = { new PinSpec { Employee = "E1", Date = start, Shift = "D" }, new PinSpec { Employee = "E2", Date = start } },
    };

    [Fact]
    public async Task A_stored_roster_reads_as_its_version_in_domain_types()
    {
        var message = Roster("r1", RosterState.Approved, "2027-03-01");
        await store.SaveRostersAsync([message], None);

        var version = await new RosterRepository(store).GetAsync("rosters/r1", None);

        Assert.NotNull(version);
        var day = new LocalDate(2027, 3, 1);
        Assert.Equal(("rosters/r1", "units/a", "solveJobs/r1", (LocalDate?)day, 7), (version.Name, version.Unit, version.Job, version.PeriodStart, version.Days));
        Assert.Equal((ReviewState.Approved, 2, "rosters/first", 42L, 1), (version.State, version.Version, version.Parent, version.Penalty, version.HardViolations));
        Assert.Equal(message.Etag, version.Etag);
        Assert.NotEmpty(version.Etag);
        Assert.Equal<Domain.Assignment>(
            [new Domain.Assignment(new EmployeeId("E1"), day, new ShiftCode("D")), new Domain.Assignment(new EmployeeId("E2"), day, new ShiftCode("N")) { Unit = new UnitId("units/b") }],
            [.. version.Assignments.Assignments]);
        Assert.Equal<Domain.Pin>([new Domain.Pin(new EmployeeId("E1"), day, new ShiftCode("D")), new Domain.Pin(new EmployeeId("E2"), day, null)], [.. version.Pins]);
        Assert.Null(await new RosterRepository(store).GetAsync("rosters/none", None));
    }

    [Fact]
    public async Task A_stored_roster_reads_with_what_review_shows_of_it_and_lists_as_a_summary()
    {
        var message = Roster("r2", RosterState.Published, "2027-03-01");
        message.ProblemName = "Björkgården";
        message.Relaxed = true;
        message.PenaltyByRule.Add(new Dictionary<string, long> { ["wishes"] = 30, ["fairness"] = 12 });
        message.CoverageGaps.Add(new V1.CoverageGap { From = "2027-03-01T07:00", To = "2027-03-01T08:30", Competence = "nurse", Present = 1, Minimum = 2, Ideal = 4, Unit = "units/b" });
        message.Cost = new V1.RosterCost { TotalKronor = 123_456 };
        message.CreateTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));
        message.PublishTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, 2, 20, 8, 0, 0, TimeSpan.Zero));
        message.PublishReason = "sjukdom";
        message.AffectedEmployees.Add("E2");
        await store.SaveRostersAsync([message], None);
        var rosters = new RosterRepository(store);

        var version = await rosters.GetAsync("rosters/r2", None);

        Assert.NotNull(version);
        Assert.Equal(("Björkgården", true, 123_456L, "sjukdom"), (version.ProblemName, version.Relaxed, version.CostKronor, version.PublishReason));
        Assert.Equal([KeyValuePair.Create("fairness", 12L), KeyValuePair.Create("wishes", 30L)], version.PenaltyByRule);
        var gap = Assert.Single(version.CoverageGaps);
        Assert.Equal(new Domain.Reporting.CoverageGap(new LocalDateTime(2027, 3, 1, 7, 0), new LocalDateTime(2027, 3, 1, 8, 30), new CompetenceId("nurse"), 1, 2, 4) { Unit = new UnitId("units/b") }, gap);
        // One person short of the minimum and three of the ideal, for 90 minutes.
        Assert.Equal((90L, 270L), (version.ShortMinutes(ideal: false), version.ShortMinutes(ideal: true)));
        Assert.Equal(((Instant?)Instant.FromUtc(2027, 2, 1, 9, 0), (Instant?)Instant.FromUtc(2027, 2, 20, 8, 0), (Instant?)null), (version.Created, version.Published, version.Approved));
        Assert.Equal<EmployeeId>([new EmployeeId("E2")], [.. version.AffectedEmployees]);

        var summary = Assert.Single(await rosters.ListAsync("units/a", null, 10, None));
        Assert.Equal(("rosters/r2", ReviewState.Published, 42L, (long?)123_456, version.Etag), (summary.Name, summary.State, summary.Penalty, summary.CostKronor, summary.Etag));
        Assert.Empty(summary.Assignments.Assignments);
        Assert.Empty(summary.CoverageGaps);
        Assert.Empty(await rosters.ListAsync("units/b", null, 10, None));
    }

    [Fact]
    public async Task Two_stored_versions_compare_by_their_moved_days_figures_and_cost()
    {
        var before = Roster("v1", RosterState.Published, "2027-03-01");
        before.Cost = new V1.RosterCost { TotalKronor = 1_000 };
        before.CoverageGaps.Add(new V1.CoverageGap { From = "2027-03-01T07:00", To = "2027-03-01T08:00", Present = 0, Minimum = 1, Ideal = 2 });
        var after = Roster("v2", RosterState.Proposed, "2027-03-01");
        after.Penalty = 40;
        after.HardViolationCount = 0;
        after.Cost = new V1.RosterCost { TotalKronor = 1_250 };
        after.Assignments[0].Shift = "K";
        var noCost = Roster("v3", RosterState.Proposed, "2027-03-01");
        await store.SaveRostersAsync([before, after, noCost], None);
        var versions = new Application.Review.RosterVersions(new JobRepository(store), new RosterRepository(store));

        var comparison = await versions.CompareAsync("rosters/v2", "rosters/v1", None);

        var day = new LocalDate(2027, 3, 1);
        Assert.Equal([new ShiftMove(new EmployeeId("E1"), day, new ShiftCode("D"), new ShiftCode("K"))], comparison.Moved);
        Assert.Equal([new EmployeeId("E1")], comparison.AffectedEmployees);
        Assert.Equal((-2L, -1, -60L, -120L, (long?)250), (comparison.PenaltyDifference, comparison.HardViolationDifference,
            comparison.MinutesBelowMinimumDifference, comparison.MinutesBelowIdealDifference, comparison.CostDifferenceKronor));
        Assert.Null((await versions.CompareAsync("rosters/v3", "rosters/v1", None)).CostDifferenceKronor);
        var missing = await Assert.ThrowsAsync<ApiException>(() => versions.CompareAsync("rosters/v2", "rosters/none", None));
        Assert.Equal(ApiErrorKind.NotFound, missing.Kind);
        var bad = await Assert.ThrowsAsync<ApiException>(() => versions.CompareAsync("rosters/v2", "nope", None));
        Assert.Equal(ApiErrorKind.InvalidArgument, bad.Kind);
    }

    [Fact]
    public async Task Only_published_rosters_are_listed_by_period_with_their_publication_time()
    {
        var published = Roster("p1", RosterState.Published, "2027-03-01");
        published.PublishTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, 2, 20, 8, 0, 0, TimeSpan.Zero));
        await store.SaveRostersAsync([published, Roster("p2", RosterState.Published, "2027-03-08"), Roster("a1", RosterState.Approved, "2027-03-01")], None);
        var rosters = new RosterRepository(store);

        var all = await rosters.ListPublishedAsync("units/a", null, None);
        Assert.Equal(["rosters/p1", "rosters/p2"], all.Select(p => p.Name).Order(StringComparer.Ordinal));
        var march = Assert.Single(await rosters.ListPublishedAsync("units/a", new LocalDate(2027, 3, 1), None));
        Assert.Equal(("rosters/p1", new LocalDate(2027, 3, 1), 7, (Instant?)Instant.FromUtc(2027, 2, 20, 8, 0)), (march.Name, march.PeriodStart, march.Days, march.PublishTime));
        Assert.Empty(await rosters.ListPublishedAsync("units/b", null, None));
    }

    [Fact]
    public async Task A_stored_job_reads_as_its_record_and_its_problem_with_each_wish_once()
    {
        var job = new SolveJob
        {
            Name = "solveJobs/j1",
            Unit = "units/a",
            State = SolveJob.Types.State.Succeeded,
            EmployeeCount = 1,
            Options = new SolveOptions { WarmStartRoster = "rosters/warm", ReferenceRoster = "rosters/ref" },
            Result = new SolveResult { Roster = "rosters/made" },
        };
        var problem = Google.Protobuf.JsonParser.Default.Parse<Problem>("""
            { "name": "p", "period": { "startDate": "2027-03-01", "days": 7, "timeZone": "Europe/Stockholm" },
              "shiftTemplates": [ { "code": "D", "name": "Dag", "startTime": "07:00", "durationMinutes": 510, "kind": "DAY" } ],
              "employees": [ { "id": "E1", "name": "Anna Andersson", "maxTotalMinutes": 9000 } ],
              "wishes": [ { "employee": "E1", "date": "2027-03-02", "kind": "DAY_OFF", "weight": 2 }, { "employee": "E1", "date": "2027-03-02", "kind": "DAY_OFF", "weight": 5 } ],
              "rulePack": { "id": "small", "rules": [ { "id": "wishes" } ] } }
            """);
        await store.CreateJobAsync(job, problem, None);
        var jobs = new JobRepository(store);

        var record = await jobs.GetAsync("solveJobs/j1", None);
        Assert.NotNull(record);
        Assert.Equal(("solveJobs/j1", "units/a", JobState.Succeeded, 1, "rosters/warm", "rosters/ref", "rosters/made"),
            (record.Name, record.Unit, record.State, record.EmployeeCount, record.WarmStartRoster, record.ReferenceRoster, record.Roster));
        var read = await jobs.GetProblemAsync("solveJobs/j1", None);
        Assert.NotNull(read);
        var wish = Assert.Single(read.Wishes);
        Assert.Equal(5, wish.Weight);
        Assert.Null(await jobs.GetAsync("solveJobs/none", None));
        Assert.Null(await jobs.GetProblemAsync("solveJobs/none", None));
    }

    [Theory]
    [InlineData("small-group-home.json")]
    [InlineData("care-home-solbacken.json")]
    public async Task A_job_stored_as_a_problem_message_reads_as_the_same_problem_file_and_domain_problem(string example)
    {
        // What a job's row has held since the first release: the problem message's bytes, here with a wish given twice.
        var text = File.ReadAllText(TestPaths.Example(example));
        var message = Google.Protobuf.JsonParser.Default.Parse<Problem>(text);
        var twice = message.Wishes[0].Clone();
        twice.Weight = (message.Wishes[0].HasWeight ? message.Wishes[0].Weight : 1) + 7;
        message.Wishes.Add(twice);
        var bytes = Google.Protobuf.MessageExtensions.ToByteArray(message);
        await store.CreateJobAsync(new SolveJob { Name = "solveJobs/old", State = SolveJob.Types.State.Succeeded }, Problem.Parser.ParseFrom(bytes), None);

        var stored = await new Application.Review.RosterVersions(new JobRepository(store), new RosterRepository(store)).JobProblemAsync("solveJobs/old", None);

        // The file is the example file itself (up to how its JSON writes a number or an empty list), the wish given twice
        // taken once at its heavier weight, in its place.
        var expected = ProblemFileReader.Parse(text);
        expected.Wishes![0].Weight = twice.Weight;
        Assert.NotNull(stored);
        Assert.Equal(Canonical(JsonSerializer.SerializeToNode(expected, ProblemFileReader.JsonOptions)), Canonical(JsonSerializer.SerializeToNode(stored.File, ProblemFileReader.JsonOptions)));
        var direct = ProblemFileReader.Map(expected);
        foreach (var read in new[] { stored.Problem, (await new JobRepository(store).GetProblemAsync("solveJobs/old", None))! })
        {
            TestProblems.AssertSame(direct, read);
        }

        // Written again, the problem file is the bytes it was read from (the wish given twice now once).
        message.Wishes.RemoveAt(message.Wishes.Count - 1);
        message.Wishes[0].Weight = twice.Weight;
        Assert.Equal(Google.Protobuf.MessageExtensions.ToByteArray(message), Scheduling.Api.Storage.Encoding.ProblemEncoding.Encode(stored.File));
    }

    /// <summary>A problem file's JSON as its content: numbers by value (1.0 is 1), an empty list as no list, keys in order.</summary>
    private static string Canonical(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => "{" + string.Join(",", o.Where(p => p.Value is not System.Text.Json.Nodes.JsonArray { Count: 0 }).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + Canonical(p.Value))) + "}",
        System.Text.Json.Nodes.JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        System.Text.Json.Nodes.JsonValue v when v.GetValueKind() == JsonValueKind.Number => (v.GetValue<decimal>() / 1.000000000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture),
        null => "null",
        _ => node.ToJsonString(),
    };
}
