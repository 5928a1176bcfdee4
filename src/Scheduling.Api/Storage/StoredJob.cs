namespace Scheduling.Api.Storage;

/// <summary>
/// A solve job as the store keeps it: its name (<c>solveJobs/…</c>), its unit (<c>units/…</c>; empty for an inline
/// problem), its <see cref="JobState"/>, and its details (times, options, progress, result), bytes the application
/// encodes and the store never reads. Which process owns the job, and until when, the store keeps beside it.
/// </summary>
public sealed record StoredJob(string Name, string Unit, JobState State, byte[] Details);
