namespace Scheduling.Api.Hosting;

/// <summary>The host's log events: workers, the example unit, unhandled errors (source-generated).</summary>
internal static partial class HostingLog
{
    [LoggerMessage(2, LogLevel.Information, "{Count} solve worker(s), queue capacity {Capacity} (cluster-wide), jobs through {Engine}")]
    public static partial void WorkersStarted(ILogger log, int count, int capacity, string engine);

    [LoggerMessage(3, LogLevel.Warning, "Example problem {Path} not found; no example unit loaded")]
    public static partial void ExampleMissing(ILogger log, string path);

    [LoggerMessage(4, LogLevel.Information, "Loaded the example unit {Unit} ({Name}, {Employees} employees) from {Path}")]
    public static partial void ExampleLoaded(ILogger log, string unit, string name, int employees, string path);

    [LoggerMessage(6, LogLevel.Warning, "Solve job {Job} was stored QUEUED but not in the queue (its process died between the two); queued again")]
    public static partial void QueueRepaired(ILogger log, string job);

    [LoggerMessage(7, LogLevel.Warning, "The queue repair pass failed; it runs again at the next interval")]
    public static partial void QueueRepairFailed(ILogger log, Exception exception);

    [LoggerMessage(5, LogLevel.Error, "Unhandled error in {Method} (trace {TraceId})")]
    public static partial void Unhandled(ILogger log, Exception exception, string method, string traceId);
}
