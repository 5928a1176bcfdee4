using NodaTime;
using Scheduling.Api.Storage;
using Scheduling.Domain;
using Scheduling.Domain.Files;

namespace Scheduling.Api.Application.Solving;

/// <summary>
/// Starting a solve: the problem's size and the options checked, the job stored within the cluster-wide limits and
/// queued (<see cref="ISolveQueue"/>). A job is stored before StartSolve answers and is never dropped: a job the queue
/// would not take ends FAILED at once.
/// </summary>
public sealed partial class SolveAdmission(ISchedulingStore store, JobRepository jobs, ISolveQueue queue, LiveJobs live, JobWrites writes, IOptions<SchedulingOptions> settings, SchedulingTelemetry telemetry, IClock clock, ILogger<SolveJobs> log)
{
    private readonly SchedulingOptions options = settings.Value;

    [GeneratedRegex(@"\Arosters/[A-Za-z0-9_-]{1,63}\z")]
    private static partial Regex RosterName();

    /// <summary>
    /// Validates and stores a job, then queues it. INVALID_ARGUMENT for a bad problem or options,
    /// NOT_FOUND for an unknown warm-start roster, RESOURCE_EXHAUSTED when the queue is full.
    /// A <c>referenceRoster</c> (from <see cref="Review.RosterEdits.ResolveAsync"/>) is the roster the job re-plans.
    /// </summary>
    /// <remarks>
    /// The problem's size (<see cref="ProblemSize"/>) is checked on the problem file, before it is read and its demand curve
    /// expanded. The limits are the cluster's, counted in the store with the job's write: <see cref="SchedulingOptions.QueueCapacity"/>
    /// jobs waiting, and with an <paramref name="owner"/> (the caller's <c>sub</c>) <see cref="SchedulingOptions.MaxJobsPerCaller"/>
    /// jobs of theirs queued or running, so one caller cannot fill the queue.
    /// </remarks>
    public Task<SolveJobRecord> StartAsync(ProblemFile problem, string unit, JobOptions? requested, CancellationToken cancellation, string? referenceRoster = null, string? owner = null)
    {
        ProblemSize.Check(problem, options.MaxModelCells);
        return StartAsync(new StoredProblem(problem, ProblemReading.Read(problem)), unit, requested, cancellation, referenceRoster, owner);
    }

    /// <summary>As <see cref="StartAsync(ProblemFile, string, JobOptions?, CancellationToken, string?, string?)"/> for a problem already read (a re-solve of a stored one).</summary>
    public async Task<SolveJobRecord> StartAsync(StoredProblem stored, string unit, JobOptions? requested, CancellationToken cancellation, string? referenceRoster = null, string? owner = null)
    {
        var (problem, domain) = stored;
        ProblemSize.Check(problem, options.MaxModelCells);
        var effective = await ValidateOptionsAsync(requested ?? JobOptions.None, cancellation).ConfigureAwait(false) with { ReferenceRoster = referenceRoster ?? "" };
        var job = NewJob(domain, unit, effective);
        await AdmitAsync(job, problem, owner, cancellation).ConfigureAwait(false);
        await EnqueueAsync(job, cancellation).ConfigureAwait(false);
        Log.Queued(log, job.Name, job.ProblemName, job.EmployeeCount, domain.Period.Days, effective.TimeLimit!.Value.TotalSeconds);
        return job;
    }

    private SolveJobRecord NewJob(RosterProblem domain, string unit, JobOptions effective) => new(
        "solveJobs/" + Guid.CreateVersion7().ToString("N"),
        unit,
        JobState.Queued,
        domain.Name,
        domain.Employees.Length,
        domain.Period,
        effective,
        clock.GetCurrentInstant(),
        StartTime: null,
        EndTime: null,
        LatestProgress: null,
        Result: null,
        Error: null,
        Restarts: 0);

    /// <summary>Stores the job QUEUED while the cluster's limits hold; RESOURCE_EXHAUSTED when one does not.</summary>
    private async Task AdmitAsync(SolveJobRecord job, ProblemFile problem, string? owner, CancellationToken cancellation)
    {
        var admission = await jobs.TryCreateQueuedAsync(job, problem, owner, new JobLimits(options.QueueCapacity, options.MaxJobsPerCaller), cancellation).ConfigureAwait(false);
        if (admission == JobAdmission.Admitted) return;
        telemetry.Rejected.Add(1);
        throw admission == JobAdmission.SubmitterFull
            ? ApiErrors.ResourceExhausted($"you have {options.MaxJobsPerCaller} solve jobs queued or running, the most one caller may have; wait for one to end or cancel one", TimeSpan.FromSeconds(10))
            : ApiErrors.ResourceExhausted($"the solve queue is full ({options.QueueCapacity} jobs waiting); try again later", TimeSpan.FromSeconds(5));
    }

    /// <summary>Hands the stored job to the queue; when the queue will not take it, the job ends FAILED (it must not wait for a delivery that never comes) and the caller is told.</summary>
    private async Task EnqueueAsync(SolveJobRecord job, CancellationToken cancellation)
    {
        try
        {
            await queue.EnqueueAsync(job.Name, Activity.Current?.Id, cancellation).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The stored job must not wait for a delivery that will never come: it ends FAILED, the caller is told.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.EnqueueFailed(log, ex, job.Name);
            var failed = JobWrites.WithError(job, JobFailure.Unavailable, "the job could not be queued; start the solve again") with { EndTime = clock.GetCurrentInstant() };
            await writes.TryWriteAsync(() => jobs.FinishAsync(failed, CancellationToken.None), job.Name).ConfigureAwait(false);
            throw ApiErrors.Unavailable("the solve queue could not take the job; try again later");
        }

        live.Enqueued();
    }

    /// <summary>The options in force (defaults filled in); a time limit that was not a valid duration arrives as zero (<c>JobMapping</c>).</summary>
    private async Task<JobOptions> ValidateOptionsAsync(JobOptions requested, CancellationToken cancellation)
    {
        var errors = new List<ProblemError>();
        var effective = requested;
        if (requested.TimeLimit is not { } limit) effective = effective with { TimeLimit = TimeSpan.FromSeconds(options.DefaultTimeLimitSeconds) };
        else if (limit <= TimeSpan.Zero || limit.TotalSeconds > options.MaxTimeLimitSeconds)
            errors.Add(new("options.timeLimit", $"must be above 0 s and at most {options.MaxTimeLimitSeconds} s"));
        if (requested.Workers == 0) effective = effective with { Workers = options.DefaultWorkers };
        else if (requested.Workers < 1 || requested.Workers > options.MaxWorkers) errors.Add(new("options.workers", $"must be between 1 and {options.MaxWorkers} (at most {options.MaxWorkers}), was {requested.Workers}"));
        if (requested.Seed < 0) errors.Add(new("options.seed", $"must not be negative, was {requested.Seed}"));
        if (requested.ReferenceRoster.Length > 0) errors.Add(new("options.referenceRoster", "is output only: re-solve a roster with RosterService.ResolveRoster"));
        if (requested.WarmStartRoster.Length > 0 && !RosterName().IsMatch(requested.WarmStartRoster))
            errors.Add(new("options.warmStartRoster", "must be a roster name, rosters/{roster}"));
        if (errors.Count > 0) throw ApiErrors.InvalidArgument(errors);
        if (requested.WarmStartRoster.Length > 0 && await store.GetRosterAsync(requested.WarmStartRoster, cancellation).ConfigureAwait(false) is null)
            throw ApiErrors.NotFound(requested.WarmStartRoster);
        return effective;
    }
}
