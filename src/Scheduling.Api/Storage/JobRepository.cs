using Scheduling.Api.Storage.Encoding;
using Scheduling.Domain;

namespace Scheduling.Api.Storage;

/// <summary>
/// The stored solve jobs in the application's terms: a job as a <see cref="SolveJobRecord"/> and the domain problem it
/// was started with. The details and the problem are read through <see cref="JobEncoding"/> and
/// <see cref="ProblemEncoding"/>; nothing here names the contract.
/// </summary>
public sealed class JobRepository(ISchedulingStore store)
{
    /// <summary>A job; null when there is none.</summary>
    public async Task<SolveJobRecord?> GetAsync(string name, CancellationToken cancellation) =>
        await store.GetJobAsync(name, cancellation).ConfigureAwait(false) is { } stored ? JobEncoding.Record(stored) : null;

    /// <summary>
    /// The domain problem a job was started with (each wish once); null when the job does not exist,
    /// <see cref="ProblemValidationException"/> when the stored problem is not a valid one.
    /// </summary>
    public async Task<RosterProblem?> GetProblemAsync(string job, CancellationToken cancellation) =>
        await store.GetJobProblemAsync(job, cancellation).ConfigureAwait(false) is { } body ? ProblemEncoding.Read(ProblemEncoding.Decode(body)) : null;
}
