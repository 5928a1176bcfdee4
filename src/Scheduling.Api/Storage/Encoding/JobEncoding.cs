using Google.Protobuf;
using Scheduling.Api.Mapping;

namespace Scheduling.Api.Storage.Encoding;

/// <summary>A job's details as the store keeps them: the contract's job message (<see cref="JobMapping"/>), its state also in the store's column.</summary>
internal static class JobEncoding
{
    /// <summary>A job as the store keeps it.</summary>
    public static StoredJob Encode(SolveJobRecord job) => new(job.Name, job.Unit, job.State, JobMapping.ToProto(job).ToByteArray());

    /// <summary>A stored job as the record the application reads: its state from the store's column, the rest from its details.</summary>
    public static SolveJobRecord Decode(StoredJob stored) => JobMapping.ToDomain(V1.SolveJob.Parser.ParseFrom(stored.Details)) with { State = stored.State };
}
