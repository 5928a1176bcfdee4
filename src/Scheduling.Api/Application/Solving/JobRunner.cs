using NodaTime;
using Scheduling.Api.Storage;
using Scheduling.Domain;
using Scheduling.Domain.Review;
using Scheduling.Solver;

namespace Scheduling.Api.Application.Solving;

/// <summary>
/// The run of a job the queue delivered, on this node's worker, in four steps: <see cref="ClaimAsync">claim</see> it in the
/// store, <see cref="PlanAsync">plan</see> what to solve, <see cref="SolveAsync">solve</see> it on a thread of its own while
/// <see cref="FollowAsync">following</see> the store for watchers and cancel requests elsewhere, and store its
/// <see cref="Outcome">end</see> (<see cref="JobWrites"/>), or let it go for another node when the server stops.
/// </summary>
public sealed class JobRunner(ISchedulingStore store, JobRepository jobs, RosterRepository rosters, LiveJobs live, JobWrites writes, IOptions<SchedulingOptions> settings, SchedulingTelemetry telemetry, IClock clock, IHostApplicationLifetime lifetime, ILogger<SolveJobs> log)
{
    private readonly SchedulingOptions options = settings.Value;

    private Instant Now() => clock.GetCurrentInstant();

    /// <summary>
    /// Runs a job the queue delivered. A job that has ended (or was deleted) is left as it is; a job another live process
    /// holds throws <see cref="JobHeldElsewhereException"/>, for the queue to deliver it again later (that process may die
    /// before it ends). When this server stops mid-solve the job is let go (QUEUED, no owner) and
    /// <see cref="JobLetGoException"/> tells the queue to deliver it again. The solve stops for the server's stopping alone,
    /// not for the queue's own cancellation (Hangfire cancels a job whose state another worker changed, as a second
    /// delivery does).
    /// </summary>
    /// <param name="name">The job, <c>solveJobs/…</c>.</param>
    /// <param name="traceParent">The W3C trace parent of the StartSolve call, so the solve is a span of its trace; null: none.</param>
    public async Task RunAsync(string name, string? traceParent)
    {
        var stopping = lifetime.ApplicationStopping;
        // Running here already (a second delivery while this node's lease renewal lagged): this delivery does nothing.
        if (live.IsRunning(name)) throw new JobHeldElsewhereException(name);
        if (await ClaimAsync(name, stopping).ConfigureAwait(false) is not { } claimed) return;

        var job = await LiveAsync(claimed, traceParent, stopping).ConfigureAwait(false);
        if (!job.TryStart(Now(), out var started))
        {
            job.Dispose();
            return;
        }

        live.Add(job);
        bool parked;
        try
        {
            parked = await RunLiveAsync(job, started, stopping).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // One job's trouble must never stop the worker; it ends FAILED with a reason.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.SolveFailed(log, ex, job.Name);
            job.Finish(job.Snapshot() with
            {
                State = JobState.Failed,
                EndTime = Now(),
                Error = new JobError(JobFailure.Internal, "the solve failed on the server; the server log has the details"),
            });
            parked = false;
        }
        finally
        {
            live.Remove(name);
            job.Dispose();
        }

        if (parked) throw new JobLetGoException(name);
    }

    /// <summary>
    /// Takes the job in the store, QUEUED again for its run; null when there is nothing to run (it has ended, was deleted, or
    /// failed here for restarting too often). A job found RUNNING under a dead owner is a restart: counted, and FAILED
    /// after <see cref="SchedulingOptions.MaxRestarts"/> of them rather than crash every node in turn.
    /// </summary>
    private async Task<SolveJobRecord?> ClaimAsync(string name, CancellationToken stopping)
    {
        var claimed = await jobs.TryClaimAsync(name, stopping).ConfigureAwait(false);
        if (claimed is null)
        {
            var now = await jobs.GetAsync(name, stopping).ConfigureAwait(false);
            if (now is not null && !now.IsOver) throw new JobHeldElsewhereException(name);
            Log.NothingToRun(log, name, now?.State.ToString().ToUpperInvariant() ?? "DELETED");
            return null;
        }

        if (claimed.State == JobState.Running)
        {
            claimed = claimed with { Restarts = claimed.Restarts + 1 };
            if (claimed.Restarts > options.MaxRestarts)
            {
                claimed = claimed with
                {
                    State = JobState.Failed,
                    EndTime = Now(),
                    Error = new JobError(JobFailure.Aborted, $"the server stopped {claimed.Restarts} times while solving this job; not restarted again"),
                };
                await jobs.FinishAsync(claimed, CancellationToken.None).ConfigureAwait(false);
                telemetry.Jobs.Add(1, new KeyValuePair<string, object?>("state", "FAILED"));
                Log.GaveUp(log, name, claimed.Restarts);
                return null;
            }

            Log.Requeued(log, name, claimed.Restarts);
            claimed = claimed with { LatestProgress = null };
        }
        else
        {
            live.Dequeued();
        }

        return claimed with { State = JobState.Queued, StartTime = null };
    }

    /// <summary>A job taken to run, with its stored problem (or why it cannot be read: the job then fails when it runs).</summary>
    private async Task<LiveJob> LiveAsync(SolveJobRecord job, string? traceParent, CancellationToken cancellation)
    {
        var parent = ActivityContext.TryParse(traceParent, null, out var context) ? context : default;
        try
        {
            return await jobs.GetProblemAsync(job.Name, cancellation).ConfigureAwait(false) is { } problem
                ? new LiveJob(job, problem) { Parent = parent }
                : new LiveJob(job, null, [new ProblemError("", "is no longer stored")]) { Parent = parent };
        }
        catch (ProblemValidationException ex)
        {
            return new LiveJob(job, null, ex.Errors) { Parent = parent };
        }
    }

    /// <summary>
    /// One job's run: planned, solved, and ended with its roster, or let go for another node when the server stops
    /// (true), or failed with a reason.
    /// </summary>
    private async Task<bool> RunLiveAsync(LiveJob job, SolveJobRecord started, CancellationToken stopping)
    {
        using var activity = SchedulingTelemetry.ActivitySource.StartActivity("solve", ActivityKind.Internal, job.Parent);
        activity?.SetTag("scheduling.job", job.Name);
        activity?.SetTag("scheduling.unit", started.Unit);
        var clockTime = Stopwatch.StartNew();
        SolveJobRecord final;
        SolvedRoster? roster = null;
        try
        {
            await jobs.UpdateAsync(started, CancellationToken.None).ConfigureAwait(false);
            var plan = await PlanAsync(job, started).ConfigureAwait(false);
            var result = await SolveFollowedAsync(job, plan, stopping).ConfigureAwait(false);
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

        final = final with { EndTime = Now() };
        telemetry.Jobs.Add(1, new KeyValuePair<string, object?>("state", final.State.ToString().ToUpperInvariant()));
        job.Finish(await writes.StoreEndAsync(final, roster).ConfigureAwait(false));
        return false;
    }

    /// <summary>The search, while its progress goes to the store for watchers on other nodes and their cancel requests come back.</summary>
    private async Task<Solver.SolveResult> SolveFollowedAsync(LiveJob job, Plan plan, CancellationToken stopping)
    {
        using var following = new CancellationTokenSource();
        var follow = FollowAsync(job, following.Token);
        try
        {
            return await SolveAsync(job, plan, stopping).ConfigureAwait(false);
        }
        finally
        {
            await following.CancelAsync().ConfigureAwait(false);
            await follow.ConfigureAwait(false);
        }
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
                await Task.Delay(options.ProgressInterval, stop).ConfigureAwait(false);
                if (!job.CancelRequested && await store.GetSettingAsync(SolveJobs.CancelRequestKey(job.Name), stop).ConfigureAwait(false) is not null)
                {
                    Log.CancelFromStore(log, job.Name);
                    job.RequestCancel();
                }

                var (snapshot, version) = job.Versioned();
                if (version == written || snapshot.State != JobState.Running) continue;
                await jobs.UpdateAsync(snapshot, stop).ConfigureAwait(false);
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
    private sealed record Plan(RosterProblem Problem, RosterProblem Solved, SolverOptions Options, RosterVersion? Reference);

    private async Task<Plan> PlanAsync(LiveJob job, SolveJobRecord started)
    {
        var problem = job.Problem;
        Domain.Roster? hint = null;
        if (started.Options.WarmStartRoster.Length > 0)
            hint = await rosters.GetAssignmentsAsync(started.Options.WarmStartRoster, CancellationToken.None).ConfigureAwait(false);
        RosterVersion? reference = null;
        if (started.Options.ReferenceRoster.Length > 0)
            reference = await rosters.GetAsync(started.Options.ReferenceRoster, CancellationToken.None).ConfigureAwait(false);
        // A re-solve optimises with the rule stability against the roster it re-plans; the roster it
        // returns is reviewed (and re-checked after changes) against the problem alone.
        var solved = reference is null ? problem : Replanning.WithReference(problem, reference.Assignments);
        var solverOptions = new SolverOptions
        {
            TimeLimit = started.Options.TimeLimit ?? TimeSpan.FromSeconds(options.DefaultTimeLimitSeconds),
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
            job.Report(new JobProgress(JobState.Running, p.Objective, p.BestBound, p.Gap, p.Elapsed, p.SolutionCount));
        });
        // CP-SAT blocks its thread for the whole search: give it a thread of its own.
        return await Task.Factory.StartNew(
            () => RosterSolver.Solve(plan.Solved, plan.Options, progress, either.Token),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
    }

    /// <summary>The server is stopping: the job is let go (QUEUED, no owner) for the next node the queue gives it to, instead of ending here.</summary>
    private async Task ParkAsync(LiveJob job, SolveJobRecord started)
    {
        await jobs.ReleaseAsync(started with { State = JobState.Queued, StartTime = null }, CancellationToken.None).ConfigureAwait(false);
        Log.ParkedForRestart(log, job.Name);
    }

    /// <summary>
    /// The job as it ends (SUCCEEDED, or CANCELLED with its best roster) and its new roster: a proposed version, after the
    /// roster it re-plans (<see cref="Replanning.NextVersion"/>), with the employees whose shifts moved. A re-solve's
    /// roster is checked again against the problem alone (not the stability it was optimised with).
    /// </summary>
    private (SolveJobRecord Final, SolvedRoster? Roster) Outcome(LiveJob job, SolveJobRecord started, Plan plan, Solver.SolveResult result)
    {
        var rosterName = result.Roster is null ? null : "rosters/" + job.Name["solveJobs/".Length..];
        var roster = result.Roster is not { } made ? null : new SolvedRoster(
            rosterName!,
            started.Unit,
            job.Name,
            plan.Problem,
            plan.Reference is null ? result : result with { Evaluation = null },
            Now(),
            Replanning.NextVersion(plan.Reference),
            plan.Reference?.Name ?? "",
            [.. Replanning.Affected(plan.Reference, made)]);
        var final = job.Snapshot() with { Result = JobResult.Of(result, rosterName), State = job.CancelRequested ? JobState.Cancelled : JobState.Succeeded };
        return (final, roster);
    }

    /// <summary>
    /// The job FAILED, with the reason for the reader: our own words for a problem we refused; for anything else a
    /// pointer to the log (an exception's text can carry paths, keys or other people's data).
    /// </summary>
    private static SolveJobRecord Failed(LiveJob job, Exception ex, Activity? activity) => job.Snapshot() with
    {
        State = JobState.Failed,
        Error = ex is JobNotOwnedException
            ? new JobError(JobFailure.Aborted, "another server process has taken this job over")
            : ex is ApiException { Kind: ApiErrorKind.InvalidArgument } invalid
                ? new JobError(JobFailure.InvalidArgument, invalid.Message)
                : new JobError(JobFailure.Internal, $"the solve failed on the server (trace {activity?.TraceId.ToString() ?? job.Name}); the server log has the details"),
    };

    /// <summary>Reports on the solver's thread, in order, unlike <see cref="Progress{T}"/>.</summary>
    private sealed class Reporter(Action<Solver.SolveProgress> report) : IProgress<Solver.SolveProgress>
    {
        public void Report(Solver.SolveProgress value) => report(value);
    }
}
