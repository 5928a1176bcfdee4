using System.Text;
using NodaTime;
using Scheduling.Api.Storage;
using Scheduling.Domain.Review;

namespace Scheduling.Api.Tests.Stores;

/// <summary>
/// What every <see cref="ISchedulingStore"/> promises, run against each store by a derived class: names in byte order,
/// all-or-nothing writes, read-merge-write without lost updates between two processes (two stores on one database),
/// etags, a job written only by its owner and taken over only when its lease has run out, rosters changed only as read.
/// </summary>
public abstract class StoreContractTests : IAsyncLifetime
{
    private readonly List<IDisposable> opened = [];

    /// <summary>Prepares a new empty database for this test.</summary>
    protected abstract Task CreateDatabaseAsync();

    /// <summary>A store over this test's database, as a new process would open it (its own job owner).</summary>
    protected abstract ISchedulingStore OpenStore(double leaseSeconds);

    public virtual Task InitializeAsync() => CreateDatabaseAsync();

    public virtual Task DisposeAsync()
    {
        foreach (var store in opened) store.Dispose();
        return Task.CompletedTask;
    }

    private ISchedulingStore Open(double leaseSeconds = 30)
    {
        var store = OpenStore(leaseSeconds);
        opened.Add((IDisposable)store);
        return store;
    }

    private static readonly CancellationToken None = CancellationToken.None;

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(byte[]? bytes) => bytes is null ? "(none)" : Encoding.UTF8.GetString(bytes);

    private static ResourceRow Row(string parent, string collection, string id, string body) => new($"{parent}/{collection}/{id}", parent, collection, Bytes(body));

    private static StoredJob Job(string id, JobState state = JobState.Queued, string unit = "units/a", string details = "") =>
        new("solveJobs/" + id, unit, state, Bytes(details.Length > 0 ? details : id + ":" + state));

    private static StoredRoster Roster(string id, string unit = "units/a", ReviewState stage = ReviewState.Proposed, LocalDate? start = null, string body = "", string etag = "") =>
        new("rosters/" + id, unit, "solveJobs/" + id, stage, start, Bytes(body.Length > 0 ? body : id), etag);

    [Fact]
    public async Task Resources_list_by_parent_and_collection_in_byte_order_after_a_name()
    {
        var store = Open();
        Assert.True(await store.TryCreateResourcesAsync(
            [Row("units/a", "employees", "e2", "two"), Row("units/a", "employees", "E10", "ten"), Row("units/a", "employees", "E2", "Two"), Row("units/a", "shiftTemplates", "D", "day"), Row("units/b", "employees", "E1", "other")],
            None));

        Assert.Equal(["ten", "Two", "two"], (await store.ListResourcesAsync("units/a", "employees", null, 10, None)).Select(Text));
        Assert.Equal(["Two"], (await store.ListResourcesAsync("units/a", "employees", "units/a/employees/E10", 1, None)).Select(Text));
        Assert.Equal("day", Text(await store.GetResourceAsync("units/a/shiftTemplates/D", None)));
        Assert.Null(await store.GetResourceAsync("units/a/shiftTemplates/N", None));
        Assert.True(await store.HasDescendantsAsync("units/b", None));
        Assert.False(await store.HasDescendantsAsync("units/c", None));
    }

    [Fact]
    public async Task Creating_several_resources_writes_all_or_none()
    {
        var store = Open();
        Assert.True(await store.TryCreateResourcesAsync([Row("units/a", "employees", "E1", "first")], None));

        Assert.False(await store.TryCreateResourcesAsync([Row("units/a", "employees", "E2", "new"), Row("units/a", "employees", "E1", "again")], None));

        Assert.Null(await store.GetResourceAsync("units/a/employees/E2", None));
        Assert.Equal("first", Text(await store.GetResourceAsync("units/a/employees/E1", None)));
    }

    [Fact]
    public async Task Read_merge_writes_from_two_processes_lose_no_update()
    {
        var first = Open();
        var second = Open();
        const int Each = 10;

        // Each change reads the counter and writes it plus one: without isolation two would read the same value.
        async Task Count(ISchedulingStore store)
        {
            for (var i = 0; i < Each; i++)
            {
                await store.ChangeResourceAsync<int>("units/a/counters/c", current =>
                {
                    var next = (current is null ? 0 : int.Parse(Text(current), System.Globalization.CultureInfo.InvariantCulture)) + 1;
                    return (Row("units/a", "counters", "c", next.ToString(System.Globalization.CultureInfo.InvariantCulture)), next);
                }, None);
            }
        }

        await Task.WhenAll(Count(first), Count(second), Count(first), Count(second));

        Assert.Equal((4 * Each).ToString(System.Globalization.CultureInfo.InvariantCulture), Text(await first.GetResourceAsync("units/a/counters/c", None)));
    }

    [Fact]
    public async Task A_limit_checked_on_the_rows_read_still_holds_when_two_processes_add_at_once()
    {
        var first = Open();
        var second = Open();
        const int Limit = 5;

        async Task<bool> Add(ISchedulingStore store, int i) => await store.ChangeResourcesAsync("units/a/employees/E1", ["wishes"], stored =>
            stored["wishes"].Count >= Limit
                ? new ResourceChanges<bool>([], [], false)
                : new ResourceChanges<bool>([Row("units/a/employees/E1", "wishes", "w" + i, "wish")], [], true), None);

        var added = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Add(i % 2 == 0 ? first : second, i)));

        Assert.Equal(Limit, added.Count(a => a));
        Assert.Equal(Limit, (await first.ListResourcesAsync("units/a/employees/E1", "wishes", null, 100, None)).Count);
    }

    [Fact]
    public async Task A_change_that_throws_writes_nothing()
    {
        var store = Open();
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.ChangeResourcesAsync<bool>("units/a", ["employees"], _ => throw new InvalidOperationException("no"), None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.ChangeResourceAsync<bool>("units/a/employees/E1", _ => throw new InvalidOperationException("no"), None));

        Assert.False(await store.HasDescendantsAsync("units/a", None));
    }

    [Fact]
    public async Task A_delete_with_a_stale_etag_deletes_nothing_and_a_unit_takes_its_data_jobs_and_rosters_with_it()
    {
        var store = Open();
        Assert.True(await store.TryCreateResourcesAsync([new ResourceRow("units/a", "", "units", Bytes("unit a")), Row("units/a", "employees", "E1", "one"), new ResourceRow("units/ab", "", "units", Bytes("unit ab"))], None));
        await store.CreateJobAsync(Job("j1"), Bytes("problem"), None);
        await store.SaveRostersAsync([Roster("r1")], [], None);

        await Assert.ThrowsAsync<StaleWriteException>(() => store.DeleteResourceAsync("units/a", true, "not-its-etag", None));
        Assert.NotNull(await store.GetResourceAsync("units/a/employees/E1", None));

        Assert.Equal(2, await store.DeleteResourceAsync("units/a", true, Etags.Of(Bytes("unit a")), None));
        Assert.Null(await store.GetResourceAsync("units/a/employees/E1", None));
        Assert.Null(await store.GetJobAsync("solveJobs/j1", None));
        Assert.Null(await store.GetRosterAsync("rosters/r1", None));
        Assert.NotNull(await store.GetResourceAsync("units/ab", None));
    }

    [Fact]
    public async Task Settings_are_set_and_replaced()
    {
        var store = Open();
        Assert.Null(await store.GetSettingAsync("k", None));
        await store.SetSettingAsync("k", "one", None);
        await store.SetSettingAsync("k", "two", None);
        Assert.Equal("two", await Open().GetSettingAsync("k", None));
    }

    [Fact]
    public async Task A_job_is_written_by_its_owner_only_and_listed_newest_first()
    {
        var owner = Open();
        var other = Open();
        await owner.CreateJobAsync(Job("01"), Bytes("problem one"), None);
        await owner.CreateJobAsync(Job("02", unit: "units/b"), Bytes("problem two"), None);
        await owner.CreateJobAsync(Job("03"), Bytes("problem three"), None);

        await owner.UpdateJobAsync(Job("01", JobState.Running, details: "running"), None);
        await Assert.ThrowsAsync<JobNotOwnedException>(() => other.UpdateJobAsync(Job("01", JobState.Failed), None));
        await Assert.ThrowsAsync<JobNotOwnedException>(() => other.FinishJobAsync(Job("01", JobState.Succeeded), Roster("01"), None));

        var job = await other.GetJobAsync("solveJobs/01", None);
        Assert.Equal((JobState.Running, "running", "units/a"), (job!.State, Text(job.Details), job.Unit));
        Assert.Null(await other.GetRosterAsync("rosters/01", None));
        Assert.Equal("problem two", Text(await other.GetJobProblemAsync("solveJobs/02", None)));
        Assert.Null(await other.GetJobProblemAsync("solveJobs/04", None));
        Assert.Equal(["solveJobs/03", "solveJobs/02", "solveJobs/01"], (await other.ListJobsAsync(null, null, 10, None)).Select(j => j.Name));
        Assert.Equal(["solveJobs/01"], (await other.ListJobsAsync("units/a", "solveJobs/03", 10, None)).Select(j => j.Name));
    }

    [Fact]
    public async Task A_finished_job_stores_its_roster_in_the_same_write()
    {
        var store = Open();
        await store.CreateJobAsync(Job("01"), Bytes("problem"), None);

        await store.FinishJobAsync(Job("01", JobState.Succeeded), Roster("01", start: new LocalDate(2027, 3, 1), body: "the roster"), None);

        Assert.Equal(JobState.Succeeded, (await store.GetJobAsync("solveJobs/01", None))!.State);
        var roster = await store.GetRosterAsync("rosters/01", None);
        Assert.Equal(("solveJobs/01", ReviewState.Proposed, new LocalDate(2027, 3, 1), "the roster", Etags.Of(Bytes("the roster"))),
            (roster!.Job, roster.Stage, roster.PeriodStart, Text(roster.Body), roster.Etag));
    }

    [Fact]
    public async Task A_queued_job_is_taken_once_a_live_lease_keeps_a_running_one_and_a_lapsed_one_lets_another_process_take_it()
    {
        var dying = Open(leaseSeconds: 1);
        var living = Open(leaseSeconds: 30);
        await dying.CreateJobAsync(Job("01", JobState.Running), Bytes("p"), None);
        await living.CreateJobAsync(Job("02"), Bytes("p"), None);
        await living.CreateJobAsync(Job("03", JobState.Succeeded), Bytes("p"), None);

        // A queued job is taken by whichever process the queue gives it to (RUNNING, theirs), and only once.
        var third = Open();
        Assert.Equal(JobState.Queued, (await third.TryClaimJobAsync("solveJobs/02", None))!.State);
        Assert.Equal(JobState.Running, (await living.GetJobAsync("solveJobs/02", None))!.State);
        Assert.Null(await living.TryClaimJobAsync("solveJobs/02", None));
        await Assert.ThrowsAsync<JobNotOwnedException>(() => living.UpdateJobAsync(Job("02", JobState.Running), None));
        // Ended, unknown, or running under a live lease: not taken.
        Assert.Null(await third.TryClaimJobAsync("solveJobs/03", None));
        Assert.Null(await third.TryClaimJobAsync("solveJobs/04", None));
        Assert.Null(await third.TryClaimJobAsync("solveJobs/01", None));

        // The dying process stops renewing: once its lease has run out, its job goes to the next process that asks, as it was (a restart).
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(JobState.Running, (await third.TryClaimJobAsync("solveJobs/01", None))!.State);
        Assert.Null(await living.TryClaimJobAsync("solveJobs/01", None));

        // The old owner can no longer write it; the new one can.
        await Assert.ThrowsAsync<JobNotOwnedException>(() => dying.UpdateJobAsync(Job("01", JobState.Succeeded), None));
        await third.UpdateJobAsync(Job("01", JobState.Queued), None);
        Assert.Equal(JobState.Queued, (await living.GetJobAsync("solveJobs/01", None))!.State);
    }

    [Fact]
    public async Task A_renewed_lease_keeps_the_job()
    {
        var owner = Open(leaseSeconds: 2);
        var other = Open();
        await owner.CreateJobAsync(Job("01", JobState.Running), Bytes("p"), None);

        // Renewed every half lease for three leases: never free for another process.
        for (var i = 0; i < 6; i++)
        {
            await Task.Delay(TimeSpan.FromSeconds(0.5));
            await owner.RenewLeasesAsync(["solveJobs/01"], None);
            Assert.Null(await other.TryClaimJobAsync("solveJobs/01", None));
        }
    }

    [Fact]
    public async Task Processes_claiming_at_once_take_each_job_exactly_once()
    {
        var creator = Open();
        for (var i = 0; i < 20; i++) await creator.CreateJobAsync(Job($"{i:00}"), Bytes("p"), None);

        // Every job delivered to all four at once (as a queue that delivers twice would): one of them takes it.
        var claimers = Enumerable.Range(0, 4).Select(_ => Open()).ToList();
        var claims = await Task.WhenAll(claimers.Select(async c =>
            (await Task.WhenAll(Enumerable.Range(0, 20).Select(i => c.TryClaimJobAsync($"solveJobs/{i:00}", None)))).OfType<StoredJob>().ToList()));

        var names = claims.SelectMany(c => c.Select(j => j.Name)).ToList();
        Assert.Equal(20, names.Count);
        Assert.Equal(20, names.Distinct().Count());
        // And each claimer owns what it claimed: it can write those jobs and no other's.
        for (var c = 0; c < claimers.Count; c++)
        {
            foreach (var job in claims[c]) await claimers[c].UpdateJobAsync(job with { State = JobState.Running }, None);
            foreach (var job in claims[(c + 1) % claimers.Count])
                await Assert.ThrowsAsync<JobNotOwnedException>(() => claimers[c].UpdateJobAsync(job, None));
        }
    }

    [Fact]
    public async Task The_queue_limits_count_every_process_s_jobs()
    {
        var a = Open();
        var b = Open();
        var limits = new JobLimits(Queued: 3, PerSubmitter: 2);
        Assert.Equal(JobAdmission.Admitted, await a.TryCreateQueuedJobAsync(Job("01"), Bytes("p"), "anna", limits, None));
        Assert.Equal(JobAdmission.Admitted, await b.TryCreateQueuedJobAsync(Job("02"), Bytes("p"), "anna", limits, None));
        // Anna's third, through either process, is hers too many; nothing is written.
        Assert.Equal(JobAdmission.SubmitterFull, await a.TryCreateQueuedJobAsync(Job("03"), Bytes("p"), "anna", limits, None));
        Assert.Null(await a.GetJobAsync("solveJobs/03", None));
        Assert.Equal(JobAdmission.Admitted, await b.TryCreateQueuedJobAsync(Job("04"), Bytes("p"), "björn", limits, None));
        Assert.Equal(3, await a.CountJobsAsync(JobState.Queued, None));
        // Three wait in the store: the queue is full for everyone.
        Assert.Equal(JobAdmission.QueueFull, await a.TryCreateQueuedJobAsync(Job("05"), Bytes("p"), "cecilia", limits, None));
        Assert.Equal(JobAdmission.QueueFull, await b.TryCreateQueuedJobAsync(Job("05"), Bytes("p"), null, limits, None));

        // One starts: a place in the queue frees, but Anna's running job still counts against her.
        Assert.NotNull(await b.TryClaimJobAsync("solveJobs/01", None));
        Assert.Equal(JobAdmission.SubmitterFull, await a.TryCreateQueuedJobAsync(Job("05"), Bytes("p"), "anna", limits, None));
        Assert.Equal(JobAdmission.Admitted, await a.TryCreateQueuedJobAsync(Job("05"), Bytes("p"), "cecilia", limits, None));
        // One ends: Anna may queue again.
        await b.FinishJobAsync(Job("01", JobState.Succeeded), null, None);
        Assert.True(await a.TryCancelQueuedJobAsync(Job("04", JobState.Cancelled), None));
        Assert.Equal(JobAdmission.Admitted, await a.TryCreateQueuedJobAsync(Job("06"), Bytes("p"), "anna", limits, None));
        // What waits, oldest first, as any process sees it (the queue repair's reading); a limit takes the oldest.
        Assert.Equal(["solveJobs/02", "solveJobs/05", "solveJobs/06"], (await b.ListJobsInStateAsync(JobState.Queued, 10, None)).Select(j => j.Name));
        Assert.Equal(["solveJobs/02"], (await a.ListJobsInStateAsync(JobState.Queued, 1, None)).Select(j => j.Name));
        Assert.Equal(["solveJobs/01"], (await a.ListJobsInStateAsync(JobState.Succeeded, 10, None)).Select(j => j.Name));
    }

    [Fact]
    public async Task Admissions_at_once_through_several_processes_never_pass_the_queue_limit()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => Open()).ToList();
        var admissions = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            stores[i % 4].TryCreateQueuedJobAsync(Job($"{i:00}"), Bytes("p"), null, new JobLimits(Queued: 10, PerSubmitter: 100), None)));

        Assert.Equal(10, admissions.Count(a => a == JobAdmission.Admitted));
        Assert.Equal(10, await stores[0].CountJobsAsync(JobState.Queued, None));
    }

    [Fact]
    public async Task A_queued_job_is_cancelled_by_any_process_but_a_running_one_by_none_and_a_released_one_is_free_for_all()
    {
        var creator = Open();
        var other = Open();
        await creator.CreateJobAsync(Job("01"), Bytes("p"), None);
        await creator.CreateJobAsync(Job("02"), Bytes("p"), None);

        Assert.True(await other.TryCancelQueuedJobAsync(Job("01", JobState.Cancelled, details: "cancelled"), None));
        var cancelled = await creator.GetJobAsync("solveJobs/01", None);
        Assert.Equal((JobState.Cancelled, "cancelled"), (cancelled!.State, Text(cancelled.Details)));
        Assert.Null(await creator.TryClaimJobAsync("solveJobs/01", None));

        Assert.NotNull(await creator.TryClaimJobAsync("solveJobs/02", None));
        Assert.False(await other.TryCancelQueuedJobAsync(Job("02", JobState.Cancelled), None));
        Assert.Equal(JobState.Running, (await other.GetJobAsync("solveJobs/02", None))!.State);

        // Let go (its server stopping): QUEUED, nobody's; the other process takes it at once, and the old holder no longer writes it.
        await Assert.ThrowsAsync<JobNotOwnedException>(() => other.ReleaseJobAsync(Job("02"), None));
        await creator.ReleaseJobAsync(Job("02", details: "released"), None);
        Assert.Equal((JobState.Queued, "released"), ((await other.TryClaimJobAsync("solveJobs/02", None))!.State, Text((await other.GetJobAsync("solveJobs/02", None))!.Details)));
        await Assert.ThrowsAsync<JobNotOwnedException>(() => creator.UpdateJobAsync(Job("02", JobState.Failed), None));
    }

    [Fact]
    public async Task A_roster_changes_only_as_it_was_read_and_a_new_one_never_replaces_another()
    {
        var store = Open();
        var etags = await store.SaveRostersAsync([Roster("r1", body: "v1"), Roster("r2", body: "other")], [], None);
        Assert.Equal([Etags.Of(Bytes("v1")), Etags.Of(Bytes("other"))], etags);
        var read = await store.GetRosterAsync("rosters/r1", None);

        var approved = await store.SaveRostersAsync([read! with { Stage = ReviewState.Approved, Body = Bytes("v2") }], [], None);
        Assert.Equal(Etags.Of(Bytes("v2")), approved[0]);

        // The first read is stale now: nothing of the batch is written, not even the other roster's change.
        var other = await store.GetRosterAsync("rosters/r2", None);
        await Assert.ThrowsAsync<StaleWriteException>(() => store.SaveRostersAsync([other! with { Body = Bytes("changed") }, read with { Body = Bytes("v3") }], [], None));
        Assert.Equal("other", Text((await store.GetRosterAsync("rosters/r2", None))!.Body));
        var now = await store.GetRosterAsync("rosters/r1", None);
        Assert.Equal((ReviewState.Approved, "v2"), (now!.Stage, Text(now.Body)));

        await Assert.ThrowsAnyAsync<Exception>(() => store.SaveRostersAsync([Roster("r1", body: "a new one")], [], None));
        Assert.Equal("v2", Text((await store.GetRosterAsync("rosters/r1", None))!.Body));
    }

    [Fact]
    public async Task Rosters_and_the_resources_a_publication_carries_are_written_together()
    {
        var store = Open();
        await store.SaveRostersAsync([Roster("r1")], [Row("units/a", "carryForwards", "2027-03-01", "bank")], None);
        Assert.Equal("bank", Text(await store.GetResourceAsync("units/a/carryForwards/2027-03-01", None)));

        // A roster that cannot be written takes the resources with it.
        await Assert.ThrowsAnyAsync<Exception>(() => store.SaveRostersAsync([Roster("r1")], [Row("units/a", "carryForwards", "2027-04-01", "bank")], None));
        Assert.Null(await store.GetResourceAsync("units/a/carryForwards/2027-04-01", None));
    }

    [Fact]
    public async Task Rosters_are_listed_newest_first_and_by_stage_and_period()
    {
        var store = Open();
        var march = new LocalDate(2027, 3, 1);
        await store.SaveRostersAsync(
            [Roster("01", start: march), Roster("02", stage: ReviewState.Published, start: march), Roster("03", stage: ReviewState.Published, start: march.PlusWeeks(4)), Roster("04", unit: "units/b", stage: ReviewState.Published, start: march)],
            [], None);

        Assert.Equal(["rosters/04", "rosters/03", "rosters/02", "rosters/01"], (await store.ListRostersAsync(null, null, 10, None)).Select(r => r.Name));
        Assert.Equal(["rosters/02", "rosters/01"], (await store.ListRostersAsync("units/a", "rosters/03", 10, None)).Select(r => r.Name));
        Assert.Equal(["rosters/03", "rosters/02"], (await store.ListRostersInStageAsync("units/a", ReviewState.Published, null, None)).Select(r => r.Name));
        Assert.Equal(["rosters/02"], (await store.ListRostersInStageAsync("units/a", ReviewState.Published, march, None)).Select(r => r.Name));
    }

    [Fact]
    public async Task The_database_answers()
    {
        Assert.True(await Open().IsReachableAsync(None));
    }
}
