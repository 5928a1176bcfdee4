namespace Scheduling.Api.Storage.Encoding;

/// <summary>
/// How the store's bytes are written and read: a roster's content, a job's details and a job's problem are kept as the
/// contract's protobuf messages (so data stored before the repositories existed stays readable, no migration). The one
/// place in Application and Storage allowed to name proto; every class here is internal, used by the domain-typed
/// repositories (<see cref="RosterRepository"/>, <see cref="JobRepository"/>) and, until the last use case is moved to
/// them, by the application's <c>StoredMessages</c>.
/// </summary>
internal static class NamespaceDoc
{
}
