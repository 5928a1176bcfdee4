namespace Scheduling.Api.Storage;

/// <summary>
/// The queue's limits, counted over the whole store (every node): <paramref name="Queued"/> jobs may wait, and one
/// submitter may have <paramref name="PerSubmitter"/> jobs waiting or running.
/// </summary>
public sealed record JobLimits(int Queued, int PerSubmitter);
