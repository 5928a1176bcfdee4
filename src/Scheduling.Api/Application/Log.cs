using Microsoft.Extensions.Logging;

namespace Scheduling.Api.Application;

/// <summary>The solve jobs' structured log events (source-generated: no cost when the level is off).</summary>
internal static partial class Log
{
    [LoggerMessage(10, LogLevel.Information, "Queued {Job} ({Problem}: {Employees} employees, {Days} days, limit {LimitSeconds} s)")]
    public static partial void Queued(ILogger log, string job, string problem, int employees, int days, double limitSeconds);

    [LoggerMessage(11, LogLevel.Information, "Cancelled {Job} while queued")]
    public static partial void CancelledQueued(ILogger log, string job);

    [LoggerMessage(12, LogLevel.Warning, "Failed {Job}: the server stopped {Restarts} times while solving it")]
    public static partial void GaveUp(ILogger log, string job, int restarts);

    [LoggerMessage(13, LogLevel.Warning, "Re-queued {Job}: the server stopped while solving it (restart {Restarts})")]
    public static partial void Requeued(ILogger log, string job, int restarts);

    [LoggerMessage(14, LogLevel.Information, "Delivered {Job}, which is {State}: nothing to run")]
    public static partial void NothingToRun(ILogger log, string job, string state);

    [LoggerMessage(15, LogLevel.Information, "Solving {Job}: {Employees} employees, {Days} days, {Workers} workers, limit {LimitSeconds} s")]
    public static partial void Solving(ILogger log, string job, int employees, int days, int workers, double limitSeconds);

    [LoggerMessage(16, LogLevel.Information, "Server stopping: {Job} goes back to the queue for another node or the next start")]
    public static partial void ParkedForRestart(ILogger log, string job);

    [LoggerMessage(17, LogLevel.Information, "Finished {Job}: {Status}, objective {Objective}, bound {Bound}, {Seconds} s, cancelled {Cancelled}")]
    public static partial void Finished(ILogger log, string job, string status, long? objective, long? bound, double seconds, bool cancelled);

    [LoggerMessage(19, LogLevel.Error, "Queuing {Job} failed; the job ends FAILED")]
    public static partial void EnqueueFailed(ILogger log, Exception exception, string job);

    [LoggerMessage(18, LogLevel.Error, "Solve {Job} failed")]
    public static partial void SolveFailed(ILogger log, Exception exception, string job);

    [LoggerMessage(40, LogLevel.Warning, "{Job} now belongs to another server process (or its unit was deleted): its result is not stored here")]
    public static partial void NotOwned(ILogger log, string job);

    [LoggerMessage(41, LogLevel.Error, "Storing the end of {Job} failed for {Seconds} s; the job ends FAILED")]
    public static partial void WriteFailed(ILogger log, Exception exception, string job, double seconds);

    [LoggerMessage(43, LogLevel.Information, "Cancelling {Job}: another node stored a cancel request")]
    public static partial void CancelFromStore(ILogger log, string job);

    [LoggerMessage(44, LogLevel.Warning, "Storing the progress of {Job} failed; trying again at the next improvement")]
    public static partial void ProgressWriteFailed(ILogger log, Exception exception, string job);

    [LoggerMessage(42, LogLevel.Error, "Could not store even the failure of {Job}; it stays unfinished in the database and is picked up again when its lease runs out")]
    public static partial void FinalWriteLost(ILogger log, string job);
}
