namespace Scheduling.Api.Storage;

/// <summary>Why a job FAILED: the kind (<see cref="JobFailure"/>) and a message for the reader (never an exception's text).</summary>
public sealed record JobError(JobFailure Failure, string Message);
