using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;
using NodaTime;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Solver;
using Duration = Google.Protobuf.WellKnownTypes.Duration;
using Roster = Scheduling.Api.V1.Roster;
using SolveProgress = Scheduling.Api.V1.SolveProgress;

namespace Scheduling.Api.Application.Solving;

/// <summary>
/// Solve jobs: admission within the cluster-wide limits, the run of a job the queue (<see cref="ISolveQueue"/>) delivers,
/// progress for watchers on any node, and cancellation from any node. A job is stored before StartSolve answers and is
/// never dropped: it ends SUCCEEDED, CANCELLED or FAILED (with a reason), or is run again by a node when the one that
/// held it dies. The store's owner and lease say who runs a job: a delivery of a job another live process holds, or of a
/// job that has ended, does nothing.
/// </summary>
public sealed partial class SolveJobs
{
    private readonly ISchedulingStore store;
    private readonly ISolveQueue queue;
    private readonly SchedulingOptions options;
    private readonly SchedulingTelemetry telemetry;
    private readonly IClock clock;
    private readonly ILogger<SolveJobs> log;
    private readonly CancellationToken serverStopping;
    private readonly ConcurrentDictionary<string, LiveJob> live = new(StringComparer.Ordinal);
    private int queued;
    private int running;

    public SolveJobs(ISchedulingStore store, ISolveQueue queue, IOptions<SchedulingOptions> options, SchedulingTelemetry telemetry, IClock clock, IHostApplicationLifetime lifetime, ILogger<SolveJobs> log)
    {
        serverStopping = lifetime.ApplicationStopping;
        this.store = store;
        this.queue = queue;
        this.options = options.Value;
        this.telemetry = telemetry;
        this.clock = clock;
        this.log = log;
        telemetry.ObserveQueue(() => QueuedCount, () => RunningCount);
    }

    /// <summary>Jobs waiting in the whole cluster, as last counted (at an admission, and every third of a lease).</summary>
    public int QueuedCount => Math.Max(0, Volatile.Read(ref queued));

    /// <summary>Jobs this node is solving.</summary>
    public int RunningCount => Volatile.Read(ref running);

    [GeneratedRegex(@"\Arosters/[A-Za-z0-9_-]{1,63}\z")]
    private static partial Regex RosterName();

    [GeneratedRegex(@"\AsolveJobs/[A-Za-z0-9_-]{1,63}\z")]
    private static partial Regex JobName();

    private Timestamp Now() => Timestamp.FromDateTimeOffset(clock.GetCurrentInstant().ToDateTimeOffset());

    /// <summary>
    /// Validates and stores a job, then queues it. INVALID_ARGUMENT for a bad problem or options,
    /// NOT_FOUND for an unknown warm-start roster, RESOURCE_EXHAUSTED when the queue is full.
    /// A <c>referenceRoster</c> (from <see cref="Review.RosterEdits.ResolveAsync"/>) is the roster the job re-plans.
    /// </summary>
    /// <remarks>
    /// The problem's size (<see cref="ProblemSize"/>) is checked on the message, before it is read and its demand curve
    /// expanded. The limits are the cluster's, counted in the store with the job's write: <see cref="SchedulingOptions.QueueCapacity"/>
    /// jobs waiting, and with an <paramref name="owner"/> (the caller's <c>sub</c>) <see cref="SchedulingOptions.MaxJobsPerCaller"/>
    /// jobs of theirs queued or running, so one caller cannot fill the queue.
    /// </remarks>
    public Task<SolveJob> StartAsync(Problem problem, string unit, SolveOptions? requested, CancellationToken cancellation, string? referenceRoster = null, string? owner = null)
    {
        ProblemSize.Check(problem, options.MaxModelCells);
        return StartAsync(new StoredProblem(problem, ProblemMapping.ToDomain(problem)), unit, requested, cancellation, referenceRoster, owner);
    }

    /// <summary>As <see cref="StartAsync(Problem, string, SolveOptions?, CancellationToken, string?, string?)"/> for a problem already read (a re-solve of a stored one).</summary>
    public async Task<SolveJob> StartAsync(StoredProblem stored, string unit, SolveOptions? requested, CancellationToken cancellation, string? referenceRoster = null, string? owner = null)
    {
        var (problem, domain) = stored;
        ProblemSize.Check(problem, options.MaxModelCells);
        var effective = await ValidateOptionsAsync(requested ?? new SolveOptions(), cancellation).ConfigureAwait(false);
        effective.ReferenceRoster = referenceRoster ?? "";

        var job = new SolveJob
        {
            Name = "solveJobs/" + Guid.CreateVersion7().ToString("N"),
            State = SolveJob.Types.State.Queued,
            Unit = unit,
            ProblemName = domain.Name,
            EmployeeCount = domain.Employees.Length,
            Period = ProblemMapping.ToProto(domain.Period),
            Options = effective,
            CreateTime = Now(),
        };
        var admission = await store.TryCreateQueuedJobAsync(job, problem, owner, new JobLimits(options.QueueCapacity, options.MaxJobsPerCaller), cancellation).ConfigureAwait(false);
        if (admission != JobAdmission.Admitted)
        {
            telemetry.Rejected.Add(1);
            throw admission == JobAdmission.SubmitterFull
                ? ApiErrors.ResourceExhausted($"you have {options.MaxJobsPerCaller} solve jobs queued or running, the most one caller may have; wait for one to end or cancel one", TimeSpan.FromSeconds(10))
                : ApiErrors.ResourceExhausted($"the solve queue is full ({options.QueueCapacity} jobs waiting); try again later", TimeSpan.FromSeconds(5));
        }

        try
        {
            await queue.EnqueueAsync(job.Name, Activity.Current?.Id, cancellation).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The stored job must not wait for a delivery that will never come: it ends FAILED, the caller is told.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.EnqueueFailed(log, ex, job.Name);
            var failed = job.Clone();
            failed.State = SolveJob.Types.State.Failed;
            failed.EndTime = Now();
            failed.Error = new Google.Rpc.Status { Code = (int)Google.Rpc.Code.Unavailable, Message = "the job could not be queued; start the solve again" };
            await TryWriteAsync(() => store.FinishJobAsync(failed, null, CancellationToken.None), job.Name).ConfigureAwait(false);
            throw ApiErrors.Unavailable("the solve queue could not take the job; try again later");
        }

        Interlocked.Increment(ref queued);
        Log.Queued(log, job.Name, job.ProblemName, job.EmployeeCount, domain.Period.Days, effective.TimeLimit.ToTimeSpan().TotalSeconds);
        return job;
    }

    private async Task<SolveOptions> ValidateOptionsAsync(SolveOptions requested, CancellationToken cancellation)
    {
        var errors = new List<ProblemError>();
        var effective = requested.Clone();
        if (requested.TimeLimit is null) effective.TimeLimit = Duration.FromTimeSpan(TimeSpan.FromSeconds(options.DefaultTimeLimitSeconds));
        else if (requested.TimeLimit.Seconds < 0 || requested.TimeLimit.Nanos is < 0 or > 999_999_999 || requested.TimeLimit.ToTimeSpan() <= TimeSpan.Zero || requested.TimeLimit.ToTimeSpan().TotalSeconds > options.MaxTimeLimitSeconds)
            errors.Add(new("options.timeLimit", $"must be above 0 s and at most {options.MaxTimeLimitSeconds} s"));
        if (requested.Workers == 0) effective.Workers = options.DefaultWorkers;
        else if (requested.Workers < 1 || requested.Workers > options.MaxWorkers) errors.Add(new("options.workers", $"must be between 1 and {options.MaxWorkers} (at most {options.MaxWorkers}), was {requested.Workers}"));
        if (requested.Seed < 0) errors.Add(new("options.seed", $"must not be negative, was {requested.Seed}"));
        if (requested.ReferenceRoster.Length > 0) errors.Add(new("options.referenceRoster", "is output only: re-solve a roster with RosterService.ResolveRoster"));
        if (requested.WarmStartRoster.Length > 0 && !RosterName().IsMatch(requested.WarmStartRoster))
            errors.Add(new("options.warmStartRoster", "must be a roster name, rosters/{roster}"));
        if (errors.Count > 0) throw ApiErrors.InvalidArgument(errors);
        if (requested.WarmStartRoster.Length > 0 && await store.GetRosterMessageAsync(requested.WarmStartRoster, cancellation).ConfigureAwait(false) is null)
            throw ApiErrors.NotFound(requested.WarmStartRoster);
        return effective;
    }

    public async Task<SolveJob> GetAsync(string name, CancellationToken cancellation)
    {
        CheckName(name);
        if (live.TryGetValue(name, out var job)) return job.Snapshot();
        return await store.GetSolveJobAsync(name, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(name);
    }

    public async Task<(IReadOnlyList<SolveJob> Jobs, string NextPageToken)> ListAsync(string? unit, int pageSize, string pageToken, CancellationToken cancellation)
    {
        var size = Paging.Size(pageSize);
        var before = Paging.Decode(pageToken);
        var jobs = await store.ListSolveJobsAsync(string.IsNullOrEmpty(unit) ? null : unit, before, size + 1, cancellation).ConfigureAwait(false);
        var page = jobs.Take(size).Select(j => live.TryGetValue(j.Name, out var l) ? l.Snapshot() : j).ToList();
        return (page, jobs.Count > size ? Paging.Encode(page[^1].Name) : "");
    }

    /// <summary>Progress of a job until it ends; for an ended job, its final state alone.</summary>
    public async IAsyncEnumerable<SolveProgress> WatchAsync(string name, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        CheckName(name);
        if (live.TryGetValue(name, out var job))
        {
            await foreach (var p in job.Watch(cancellation).ConfigureAwait(false)) yield return p;
            yield break;
        }

        // Waiting, or held by another node (or by none, between a node's death and another's claim): followed through the
        // store, where the holder writes its progress every ProgressStoreSeconds, until it ends or this node takes it.
        var stored = await store.GetSolveJobAsync(name, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(name);
        ByteString? last = null;
        while (true)
        {
            if (live.TryGetValue(name, out job))
            {
                await foreach (var p in job.Watch(cancellation).ConfigureAwait(false)) yield return p;
                yield break;
            }

            if (IsOver(stored.State))
            {
                yield return FinalProgress(stored);
                yield break;
            }

            var progress = stored.LatestProgress?.Clone() ?? new SolveProgress { Job = name };
            progress.State = stored.State;
            var seen = progress.ToByteString();
            if (last is null || seen != last) yield return progress;
            last = seen;
            await Task.Delay(ProgressInterval, cancellation).ConfigureAwait(false);
            // Deleted with its unit meanwhile: the watch ends with what it saw.
            if (await store.GetSolveJobAsync(name, cancellation).ConfigureAwait(false) is not { } again) yield break;
            stored = again;
        }
    }

    private TimeSpan ProgressInterval => TimeSpan.FromSeconds(Math.Clamp(options.ProgressStoreSeconds, 0.05, 60));

    private static bool IsOver(SolveJob.Types.State state) => state is SolveJob.Types.State.Succeeded or SolveJob.Types.State.Cancelled or SolveJob.Types.State.Failed;

    /// <summary>The store's setting that asks the node holding a job to cancel it.</summary>
    internal static string CancelRequestKey(string job) => "cancel-request/" + job;

    /// <summary>
    /// Stops a job: a queued one at once (in the store, whichever node took it in), a running one with its best roster so
    /// far. A job another node runs is asked to stop through the store (<see cref="CancelRequestKey"/>, read by its holder
    /// every <see cref="SchedulingOptions.ProgressStoreSeconds"/>); the answer is the job as its holder stores its end.
    /// </summary>
    public async Task<SolveJob> CancelAsync(string name, CancellationToken cancellation)
    {
        CheckName(name);
        if (live.TryGetValue(name, out var job)) return await CancelLiveAsync(job, cancellation).ConfigureAwait(false);

        var stored = await store.GetSolveJobAsync(name, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(name);
        if (IsOver(stored.State)) throw Ended(stored);
        if (stored.State == SolveJob.Types.State.Queued)
        {
            var cancelled = stored.Clone();
            cancelled.State = SolveJob.Types.State.Cancelled;
            cancelled.EndTime = Now();
            cancelled.Result = new V1.SolveResult { Status = V1.SolveResult.Types.Status.Unknown, Cancelled = true };
            // Still waiting: it ends here; its delivery later finds it ended and does nothing.
            if (await store.TryCancelQueuedJobAsync(cancelled, cancellation).ConfigureAwait(false))
            {
                Interlocked.Decrement(ref queued);
                telemetry.Jobs.Add(1, new KeyValuePair<string, object?>("state", "CANCELLED"));
                Log.CancelledQueued(log, name);
                return cancelled;
            }
        }

        // Running (or taken by a node since it was read): its holder is asked.
        await store.SetSettingAsync(CancelRequestKey(name), Now().ToString(), cancellation).ConfigureAwait(false);
        while (true)
        {
            if (live.TryGetValue(name, out job)) return await CancelLiveAsync(job, cancellation).ConfigureAwait(false);
            await Task.Delay(ProgressInterval, cancellation).ConfigureAwait(false);
            stored = await store.GetSolveJobAsync(name, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(name);
            if (IsOver(stored.State)) return stored;
        }
    }

    private static Grpc.Core.RpcException Ended(SolveJob stored) =>
        ApiErrors.FailedPrecondition($"{stored.Name} has already ended ({stored.State.ToString().ToUpperInvariant()})", [new ProblemError(stored.Name, $"state is {stored.State.ToString().ToUpperInvariant()}")]);

    /// <summary>Cancels a job this node runs: the search is told to stop, and its stored end waited for.</summary>
    private static async Task<SolveJob> CancelLiveAsync(LiveJob job, CancellationToken cancellation)
    {
        job.RequestCancel();
        return await job.Completion.WaitAsync(cancellation).ConfigureAwait(false);
    }

    private static void CheckName(string name)
    {
        if (!JobName().IsMatch(name ?? "")) throw ApiErrors.InvalidArgument("name", $"must be a job name, solveJobs/{{solve_job}}, was '{name}'");
    }

    /// <summary>The last message of a watch: the job as it ended.</summary>
    internal static SolveProgress FinalProgress(SolveJob job)
    {
        var progress = job.LatestProgress?.Clone() ?? new SolveProgress { Job = job.Name };
        progress.State = job.State;
        progress.FinalJob = job;
        if (job.Result is { } r)
        {
            if (r.HasObjective) progress.Objective = r.Objective;
            if (r.HasBestBound) progress.BestBound = r.BestBound;
            if (r.HasGap) progress.Gap = r.Gap;
            progress.SolutionCount = r.SolutionCount;
            if (r.TotalTime is not null) progress.Elapsed = r.TotalTime;
        }

        return progress;
    }

    /// <summary>
    /// Runs a job the queue delivered (on this node's worker): takes it in the store, solves it, stores its end. A job that
    /// has ended (or was deleted) is left as it is; a job another live process holds throws
    /// <see cref="JobHeldElsewhereException"/>, for the queue to deliver it again later (that process may die before it
    /// ends). A job found RUNNING under a dead owner is a restart: counted, and FAILED after
    /// <see cref="SchedulingOptions.MaxRestarts"/> of them rather than crash every node in turn. When this server stops
    /// mid-solve the job is let go (QUEUED, no owner) and <see cref="JobLetGoException"/> tells the queue to deliver it
    /// again. The solve stops for the server's stopping alone, not for the queue's own cancellation (Hangfire cancels a
    /// job whose state another worker changed, as a second delivery does).
    /// </summary>
    /// <param name="name">The job, <c>solveJobs/…</c>.</param>
    /// <param name="traceParent">The W3C trace parent of the StartSolve call, so the solve is a span of its trace; null: none.</param>
    public async Task RunQueuedAsync(string name, string? traceParent)
    {
        var stopping = serverStopping;
        // Running here already (a second delivery while this node's lease renewal lagged): this delivery does nothing.
        if (live.ContainsKey(name)) throw new JobHeldElsewhereException(name);
        var claimed = await store.TryClaimSolveJobAsync(name, stopping).ConfigureAwait(false);
        if (claimed is null)
        {
            var now = await store.GetSolveJobAsync(name, stopping).ConfigureAwait(false);
            if (now is null || IsOver(now.State))
            {
                Log.NothingToRun(log, name, now?.State.ToString().ToUpperInvariant() ?? "DELETED");
                return;
            }

            throw new JobHeldElsewhereException(name);
        }

        if (claimed.State == SolveJob.Types.State.Running)
        {
            claimed.Restarts++;
            if (claimed.Restarts > options.MaxRestarts)
            {
                claimed.State = SolveJob.Types.State.Failed;
                claimed.EndTime = Now();
                claimed.Error = new Google.Rpc.Status { Code = (int)Google.Rpc.Code.Aborted, Message = $"the server stopped {claimed.Restarts} times while solving this job; not restarted again" };
                await store.FinishJobAsync(claimed, null, CancellationToken.None).ConfigureAwait(false);
                telemetry.Jobs.Add(1, new KeyValuePair<string, object?>("state", "FAILED"));
                Log.GaveUp(log, name, claimed.Restarts);
                return;
            }

            Log.Requeued(log, name, claimed.Restarts);
            claimed.LatestProgress = null;
        }
        else
        {
            Interlocked.Decrement(ref queued);
        }

        claimed.State = SolveJob.Types.State.Queued;
        claimed.StartTime = null;
        var job = await LiveAsync(claimed, traceParent, stopping).ConfigureAwait(false);
        if (!job.TryStart(Now(), out var started))
        {
            job.Dispose();
            return;
        }

        live[name] = job;
        Interlocked.Increment(ref running);
        bool parked;
        try
        {
            parked = await RunAsync(job, started, stopping).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // One job's trouble must never stop the worker; it ends FAILED with a reason.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.SolveFailed(log, ex, job.Name);
            var failed = job.Snapshot();
            failed.State = SolveJob.Types.State.Failed;
            failed.EndTime = Now();
            failed.Error = new Google.Rpc.Status { Code = (int)Google.Rpc.Code.Internal, Message = "the solve failed on the server; the server log has the details" };
            job.Finish(failed);
            parked = false;
        }
        finally
        {
            live.TryRemove(name, out _);
            Interlocked.Decrement(ref running);
            job.Dispose();
        }

        if (parked) throw new JobLetGoException(name);
    }

    /// <summary>A job taken to run, with its stored problem (or why it cannot be read: the job then fails when it runs).</summary>
    private async Task<LiveJob> LiveAsync(SolveJob job, string? traceParent, CancellationToken cancellation)
    {
        var parent = ActivityContext.TryParse(traceParent, null, out var context) ? context : default;
        try
        {
            return await store.GetStoredProblemAsync(job.Name, cancellation).ConfigureAwait(false) is { } stored
                ? new LiveJob(job.Clone(), stored.Problem) { Parent = parent }
                : new LiveJob(job.Clone(), null, [new ProblemError("", "is no longer stored")]) { Parent = parent };
        }
        catch (ProblemValidationException ex)
        {
            return new LiveJob(job.Clone(), null, ex.Errors) { Parent = parent };
        }
    }

    /// <summary>
    /// While the server runs, every third of <see cref="SchedulingOptions.JobLeaseSeconds"/>: renews this process's lease on
    /// the jobs it runs (a node that stops renewing loses them to the next delivery), and counts the cluster's waiting jobs
    /// for the queue gauge.
    /// </summary>
    public async Task KeepLeasesAsync(CancellationToken stopping)
    {
        var every = TimeSpan.FromSeconds(Math.Max(1, options.JobLeaseSeconds) / 3);
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, stopping).ConfigureAwait(false);
                await store.RenewLeasesAsync([.. live.Keys], stopping).ConfigureAwait(false);
                Volatile.Write(ref queued, await store.CountJobsAsync(JobState.Queued, stopping).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A busy database now is tried again at the next round; the loop must not end.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                log.LogWarning(ex, "Renewing the job leases failed; trying again in {Seconds} s", every.TotalSeconds);
            }
        }
    }

    /// <summary>
    /// One job's run: planned (its problem, the roster it re-plans, the solver's options), solved on a thread of its own,
    /// and ended with its roster, or let go for another node when the server stops (true), or failed with a reason.
    /// </summary>
    private async Task<bool> RunAsync(LiveJob job, SolveJob started, CancellationToken stopping)
    {
        using var activity = SchedulingTelemetry.ActivitySource.StartActivity("solve", ActivityKind.Internal, job.Parent);
        activity?.SetTag("scheduling.job", job.Name);
        activity?.SetTag("scheduling.unit", started.Unit);
        var clockTime = Stopwatch.StartNew();
        SolveJob final;
        Roster? roster = null;
        try
        {
            await store.UpdateJobAsync(started, CancellationToken.None).ConfigureAwait(false);
            var plan = await PlanAsync(job, started).ConfigureAwait(false);
            Solver.SolveResult result;
            // While it runs, its progress goes to the store for watchers on other nodes, and their cancel requests come back.
            using (var following = new CancellationTokenSource())
            {
                var follow = FollowAsync(job, following.Token);
                try
                {
                    result = await SolveAsync(job, plan, stopping).ConfigureAwait(false);
                }
                finally
                {
                    await following.CancelAsync().ConfigureAwait(false);
                    await follow.ConfigureAwait(false);
                }
            }

            if (stopping.IsCancellationRequested && !job.CancelRequested)
            {
                await ParkAsync(job, started).ConfigureAwait(false);
                return true;
            }

            (final, roster) = Outcome(job, started, plan, result);
            activity?.SetTag("scheduling.status", result.Status.ToString());
            telemetry.SolveDuration.Record(clockTime.Elapsed.TotalSeconds, new KeyValuePair<string, object?>("status", result.Status.ToString()));
            if (result.Gap is { } gap) telemetry.FinalGap.Record(gap);
            Log.Finished(log, job.Name, result.Status.ToString(), result.Objective, result.BestBound, Math.Round(clockTime.Elapsed.TotalSeconds, 1), job.CancelRequested);
        }
#pragma warning disable CA1031 // A job must end in a stored state whatever went wrong; the reason goes to the job and the log.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.SolveFailed(log, ex, job.Name);
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            final = Failed(job, ex, activity);
            roster = null;
        }

        final.EndTime = Now();
        telemetry.Jobs.Add(1, new KeyValuePair<string, object?>("state", final.State.ToString().ToUpperInvariant()));
        final = await StoreFinalAsync(job, final, roster).ConfigureAwait(false);
        job.Finish(final);
        return false;
    }

    /// <summary>
    /// Every <see cref="SchedulingOptions.ProgressStoreSeconds"/> while a job runs: stores its latest progress (when it
    /// moved) and stops it when another node stored a cancel request. Ends, without throwing, when <paramref name="stop"/>
    /// fires: before the job's end is stored, so no progress write lands after it.
    /// </summary>
    private async Task FollowAsync(LiveJob job, CancellationToken stop)
    {
        long written = -1;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(ProgressInterval, stop).ConfigureAwait(false);
                if (!job.CancelRequested && await store.GetSettingAsync(CancelRequestKey(job.Name), stop).ConfigureAwait(false) is not null)
                {
                    Log.CancelFromStore(log, job.Name);
                    job.RequestCancel();
                }

                var (snapshot, version) = job.Versioned();
                if (version == written || snapshot.State != SolveJob.Types.State.Running) continue;
                await store.UpdateJobAsync(snapshot, stop).ConfigureAwait(false);
                written = version;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Progress is for watchers elsewhere: a failed write is tried again, the solve goes on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.ProgressWriteFailed(log, ex, job.Name);
            }
        }
    }

    /// <summary>What a run solves: the job's problem, the roster it re-plans (if any), and the solver's options.</summary>
    private sealed record Plan(RosterProblem Problem, RosterProblem Solved, SolverOptions Options, Roster? Reference);

    private async Task<Plan> PlanAsync(LiveJob job, SolveJob started)
    {
        var problem = job.Problem;
        Domain.Roster? hint = null;
        if (started.Options.WarmStartRoster.Length > 0)
            hint = await store.GetRosterAssignmentsAsync(started.Options.WarmStartRoster, CancellationToken.None).ConfigureAwait(false);
        Roster? reference = null;
        if (started.Options.ReferenceRoster.Length > 0)
            reference = await store.GetRosterMessageAsync(started.Options.ReferenceRoster, CancellationToken.None).ConfigureAwait(false);
        // A re-solve optimises with the rule stability against the roster it re-plans; the roster it
        // returns is reviewed (and re-checked after changes) against the problem alone.
        var solved = reference is null ? problem : Replanning.WithReference(problem, DomainReader.Roster(reference));
        var solverOptions = new SolverOptions
        {
            TimeLimit = started.Options.TimeLimit.ToTimeSpan(),
            Workers = started.Options.Workers,
            Seed = started.Options.Seed,
            Hint = hint,
            RelaxWhenInfeasible = !started.Options.NoRelax,
        };
        return new Plan(problem, solved, solverOptions, reference);
    }

    /// <summary>The search, reporting each better roster to the watchers; stopped by a cancel or the server stopping.</summary>
    private async Task<Solver.SolveResult> SolveAsync(LiveJob job, Plan plan, CancellationToken stopping)
    {
        Log.Solving(log, job.Name, plan.Problem.Employees.Length, plan.Problem.Period.Days, plan.Options.Workers, plan.Options.TimeLimit.TotalSeconds);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(job.Cancellation.Token, stopping);
        var progress = new Reporter(p =>
        {
            telemetry.Improvements.Add(1);
            job.Report(ProblemMapping.ToProto(p, job.Name));
        });
        // CP-SAT blocks its thread for the whole search: give it a thread of its own.
        return await Task.Factory.StartNew(
            () => RosterSolver.Solve(plan.Solved, plan.Options, progress, either.Token),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
    }

    /// <summary>The server is stopping: the job is let go (QUEUED, no owner) for the next node the queue gives it to, instead of ending here.</summary>
    private async Task ParkAsync(LiveJob job, SolveJob started)
    {
        var requeued = started.Clone();
        requeued.State = SolveJob.Types.State.Queued;
        requeued.StartTime = null;
        await store.ReleaseJobAsync(requeued, CancellationToken.None).ConfigureAwait(false);
        Log.ParkedForRestart(log, job.Name);
    }

    /// <summary>The job as it ends (SUCCEEDED, or CANCELLED with its best roster) and its new roster, a proposed version.</summary>
    private (SolveJob Final, Roster? Roster) Outcome(LiveJob job, SolveJob started, Plan plan, Solver.SolveResult result)
    {
        var final = job.Snapshot();
        Roster? roster = null;
        var rosterName = result.Roster is null ? null : "rosters/" + job.Name["solveJobs/".Length..];
        if (result.Roster is not null)
        {
            roster = ProblemMapping.ToProto(plan.Problem, plan.Reference is null ? result : result with { Evaluation = null }, rosterName!, job.Name, started.Unit, started.Period, Now());
            Replanning.StampVersion(roster, plan.Problem.Pins, plan.Reference);
        }

        final.Result = ProblemMapping.ToProto(result, rosterName);
        final.State = job.CancelRequested ? SolveJob.Types.State.Cancelled : SolveJob.Types.State.Succeeded;
        return (final, roster);
    }

    /// <summary>
    /// The job FAILED, with the reason for the reader: our own words for a problem we refused; for anything else a
    /// pointer to the log (an exception's text can carry paths, keys or other people's data).
    /// </summary>
    private static SolveJob Failed(LiveJob job, Exception ex, Activity? activity)
    {
        var final = job.Snapshot();
        final.State = SolveJob.Types.State.Failed;
        final.Error = ex is JobNotOwnedException
            ? new Google.Rpc.Status { Code = (int)Google.Rpc.Code.Aborted, Message = "another server process has taken this job over" }
            : ex is Grpc.Core.RpcException { StatusCode: Grpc.Core.StatusCode.InvalidArgument } invalid
                ? new Google.Rpc.Status { Code = (int)Google.Rpc.Code.InvalidArgument, Message = invalid.Status.Detail }
                : new Google.Rpc.Status { Code = (int)Google.Rpc.Code.Internal, Message = $"the solve failed on the server (trace {activity?.TraceId.ToString() ?? job.Name}); the server log has the details" };
        return final;
    }

    /// <summary>
    /// Stores a job's end, retrying a busy database with backoff for <see cref="SchedulingOptions.WriteRetrySeconds"/>;
    /// when the roster cannot be stored the job ends FAILED with that reason (stored if the database lets it). Never
    /// throws: what it returns is what the watchers and CancelSolve are told.
    /// </summary>
    private async Task<SolveJob> StoreFinalAsync(LiveJob job, SolveJob final, Roster? roster)
    {
        if (await TryWriteAsync(() => store.FinishJobAsync(final, roster, CancellationToken.None), job.Name).ConfigureAwait(false) is not { } error) return final;
        if (error is JobNotOwnedException)
        {
            // Another process took the job over (this one stalled past its lease) or the unit was deleted: its word stands.
            Log.NotOwned(log, job.Name);
            try
            {
                if (await store.GetSolveJobAsync(job.Name, CancellationToken.None).ConfigureAwait(false) is { } theirs) return theirs;
            }
#pragma warning disable CA1031 // Only a better answer for the watchers; the one below will do.
            catch (Exception)
#pragma warning restore CA1031
            {
            }

            var gone = final.Clone();
            gone.State = SolveJob.Types.State.Failed;
            gone.Result = null;
            gone.Error = new Google.Rpc.Status { Code = (int)Google.Rpc.Code.Aborted, Message = "another server process has taken this job over, or its unit was deleted" };
            return gone;
        }

        var failed = final.Clone();
        failed.State = SolveJob.Types.State.Failed;
        failed.Result = null;
        failed.Error = new Google.Rpc.Status { Code = (int)Google.Rpc.Code.Unavailable, Message = "the result could not be stored (the database did not accept the write); start the solve again" };
        telemetry.Jobs.Add(1, new KeyValuePair<string, object?>("state", "FAILED"));
        if (await TryWriteAsync(() => store.FinishJobAsync(failed, null, CancellationToken.None), job.Name).ConfigureAwait(false) is not null)
            Log.FinalWriteLost(log, job.Name);
        return failed;
    }

    /// <summary>Runs a write until it succeeds, backing off from 50 ms; the last error when it never did (or the job is not ours).</summary>
    private async Task<Exception?> TryWriteAsync(Func<Task> write, string job)
    {
        var clockTime = Stopwatch.StartNew();
        var wait = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            try
            {
                await write().ConfigureAwait(false);
                return null;
            }
            catch (JobNotOwnedException ex)
            {
                return ex;
            }
#pragma warning disable CA1031 // Whatever the store throws, the job must still end; the error is logged.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                if (clockTime.Elapsed.TotalSeconds + wait.TotalSeconds > options.WriteRetrySeconds)
                {
                    Log.WriteFailed(log, ex, job, Math.Round(clockTime.Elapsed.TotalSeconds, 1));
                    return ex;
                }

                await Task.Delay(wait).ConfigureAwait(false);
                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, TimeSpan.FromSeconds(2).Ticks));
            }
        }
    }

    /// <summary>Reports on the solver's thread, in order, unlike <see cref="Progress{T}"/>.</summary>
    private sealed class Reporter(Action<Solver.SolveProgress> report) : IProgress<Solver.SolveProgress>
    {
        public void Report(Solver.SolveProgress value) => report(value);
    }
}
