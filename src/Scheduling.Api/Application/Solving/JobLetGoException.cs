namespace Scheduling.Api.Application.Solving;

/// <summary>A job this node stopped solving because the server is stopping: let go in the store (QUEUED, no owner), for the queue to deliver again.</summary>
public sealed class JobLetGoException(string job) : Exception($"{job} was let go: the server is stopping; delivered again later")
{
    public string Job { get; } = job;
}
