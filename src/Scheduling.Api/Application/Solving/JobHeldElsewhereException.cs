namespace Scheduling.Api.Application.Solving;

/// <summary>
/// A delivered job that another live process holds (its lease has not run out): this delivery does nothing now, and the
/// queue is to deliver it again later, in case that process dies before the job ends.
/// </summary>
public sealed class JobHeldElsewhereException(string job) : Exception($"{job} is held by another server process; delivered again later")
{
    public string Job { get; } = job;
}
