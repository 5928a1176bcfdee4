namespace Scheduling.Api.Storage;

/// <summary>
/// Where a solve job stands, as the store records it (its name is what the database's <c>state</c> column holds):
/// <see cref="Queued"/> and <see cref="Running"/> are unfinished, the rest are ends.
/// </summary>
public enum JobState
{
    Unspecified = 0,
    Queued = 1,
    Running = 2,
    Succeeded = 3,
    Cancelled = 4,
    Failed = 5,
}
