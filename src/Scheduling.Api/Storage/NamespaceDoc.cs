namespace Scheduling.Api.Storage;

/// <summary>
/// Where the service keeps its data (<see cref="ISchedulingStore"/>, SQLite by default with numbered schema steps in
/// <see cref="SqliteMigrations"/>). Depends on the contract and the domain only: a job's problem comes out as the
/// domain problem read once (<see cref="StoredProblem"/>, <see cref="DomainReader"/>), a stale write as
/// <see cref="StaleWriteException"/> for the application to answer ABORTED.
/// </summary>
internal static class NamespaceDoc
{
}
