namespace Scheduling.Api.Storage;

/// <summary>
/// Where the service keeps its data (<see cref="ISchedulingStore"/>): SQLite by default (<see cref="SqliteSchedulingStore"/>,
/// numbered schema steps in <see cref="SqliteMigrations"/>), PostgreSQL for several nodes. Depends on the domain only, not on
/// the contract: resources are opaque bytes with etags, jobs and rosters are records of what queries select by
/// (<see cref="StoredJob"/>, <see cref="StoredRoster"/>) with their content as bytes; a stale write comes out as
/// <see cref="StaleWriteException"/> for the application to answer ABORTED. The use cases read rosters and jobs in the
/// domain's terms through the repositories (<see cref="RosterRepository"/>, <see cref="JobRepository"/>, and
/// <see cref="UnitRepository"/> for a unit's data as the problem file's items), which decode
/// the bytes with the internal <c>Encoding</c> folder, the only part of Storage that names the contract's messages.
/// </summary>
internal static class NamespaceDoc
{
}
