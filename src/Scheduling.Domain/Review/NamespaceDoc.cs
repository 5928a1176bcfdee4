namespace Scheduling.Domain.Review;

/// <summary>
/// Rosters under review: a stored version of a roster (<see cref="RosterVersion"/>) with its place in the lifecycle
/// (<see cref="ReviewState"/>: proposed, approved, published, superseded), the version it was made from, its pins and
/// assignments and the rule checker's figures for it.
/// </summary>
internal static class NamespaceDoc
{
}
