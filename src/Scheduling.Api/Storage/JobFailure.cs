namespace Scheduling.Api.Storage;

/// <summary>
/// The kind of a job's failure, at the number of the google.rpc code the contract reports it with (pinned by a test):
/// a problem refused, the job taken over or restarted too often, the result not stored, anything else on the server.
/// </summary>
public enum JobFailure
{
    InvalidArgument = 3,
    Aborted = 10,
    Internal = 13,
    Unavailable = 14,
}
