namespace Scheduling.Api.Application.Review;

/// <summary>
/// The manager's review of a roster: its versions (<see cref="RosterVersions"/>: read, list, compare), changes by
/// hand and re-solves (<see cref="RosterEdits"/>), approval and publication with the carry-forward
/// (<see cref="RosterPublication"/>), the explained report per language (<see cref="RosterReports"/>) and the price of
/// a wish (<see cref="WishPrices"/>). Writes go one at a time through <see cref="RosterWrites"/>. The gRPC
/// RosterService and the review pages both call these. The domain's side of review (a stored version, how two versions
/// differ) is <c>Scheduling.Domain.Review</c>, read through <see cref="Storage.RosterRepository"/>.
/// </summary>
internal static class NamespaceDoc
{
}
