namespace Scheduling.Api.Storage;

/// <summary>A job write from a process that no longer owns the job (another took it over after its lease ran out, or it was deleted).</summary>
public sealed class JobNotOwnedException(string job) : Exception($"{job} is no longer owned by this process")
{
    public string Job { get; } = job;
}
