namespace Scheduling.Api.Storage;

/// <summary>What <see cref="ISchedulingStore.TryCreateQueuedJobAsync"/> did: stored the job, or refused it for a limit (and wrote nothing).</summary>
public enum JobAdmission
{
    Admitted = 0,

    /// <summary>As many jobs as <see cref="JobLimits.Queued"/> are waiting.</summary>
    QueueFull = 1,

    /// <summary>The submitter has <see cref="JobLimits.PerSubmitter"/> jobs waiting or running.</summary>
    SubmitterFull = 2,
}
