using Google.Protobuf;

namespace Scheduling.Api.Storage.Encoding;

/// <summary>A job's details as the store keeps them: the contract's job message, its state also in the store's column.</summary>
internal static class JobEncoding
{
    /// <summary>A job as the store keeps it.</summary>
    public static StoredJob Encode(V1.SolveJob job) => new(job.Name, job.Unit, (JobState)(int)job.State, job.ToByteArray());

    /// <summary>A stored job as the contract's message (its state from the store's column, the rest from its details).</summary>
    public static V1.SolveJob Decode(StoredJob stored)
    {
        var job = V1.SolveJob.Parser.ParseFrom(stored.Details);
        job.State = (V1.SolveJob.Types.State)(int)stored.State;
        return job;
    }

    /// <summary>A stored job as the record the application reads: its state, size, the rosters it started from and the roster it made.</summary>
    public static SolveJobRecord Record(StoredJob stored)
    {
        var job = Decode(stored);
        return new SolveJobRecord(job.Name, job.Unit, stored.State, job.EmployeeCount, job.Options?.WarmStartRoster ?? "", job.Options?.ReferenceRoster ?? "", job.Result?.Roster ?? "");
    }
}
