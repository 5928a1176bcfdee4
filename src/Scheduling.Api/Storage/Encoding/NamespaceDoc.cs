namespace Scheduling.Api.Storage.Encoding;

/// <summary>
/// How the store's bytes are written and read: a roster's content, a job's details and a job's problem (the domain's
/// problem file, <see cref="ProblemEncoding"/>) are kept as the contract's protobuf messages (so data stored before the repositories existed stays readable, no migration), and a
/// unit's resources are read as the problem file's items (<see cref="ResourceEncoding"/>). The one
/// place in Storage allowed to name proto, and it only adds bytes ↔ message: message ↔ domain is the one mapping in
/// <c>Scheduling.Api.Mapping</c>, shared with the wire. Every class here is internal, used by the domain-typed
/// repositories (<see cref="RosterRepository"/>, <see cref="JobRepository"/>, <see cref="UnitRepository"/>,
/// <see cref="AbsenceRepository"/>) and by the tests that set up stored data as messages.
/// </summary>
internal static class NamespaceDoc
{
}
