using Scheduling.Api.Storage;

namespace Scheduling.Api.Application.Solving;

/// <summary>What a watch of a job sees: a progress report of job <paramref name="Job"/>, or, last, the job as it ended (<paramref name="Final"/>).</summary>
public sealed record JobEvent(string Job, JobProgress Progress, SolveJobRecord? Final = null);
