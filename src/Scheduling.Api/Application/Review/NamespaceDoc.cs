namespace Scheduling.Api.Application.Review;

/// <summary>
/// The manager's review of a roster: its versions (<see cref="RosterVersions"/>: read, list, compare), changes by
/// hand and re-solves (<see cref="RosterEdits"/>), approval and publication with the carry-forward
/// (<see cref="RosterPublication"/>), the explained report per language (<see cref="RosterReports"/>) and the price of
/// a wish (<see cref="WishPrices"/>). Writes go one at a time through <see cref="RosterWrites"/>. The gRPC
/// RosterService and the review pages both call these. The domain's side of review (a stored version, how two versions
/// differ, a comparison's figures) is <c>Scheduling.Domain.Review</c>, read through <see cref="Storage.RosterRepository"/>:
/// the versions of a period and a comparison work on those records, and so do the writes: an approval and a
/// publication save a version's lifecycle (<see cref="Storage.RosterRepository.SaveLifecycleAsync"/>, the stored report
/// kept as it is), an edit saves new assignments with the report Storage makes afresh
/// (<see cref="Storage.RosterRepository.SaveReportedAsync"/>) and its <c>DayEdit</c>. Still on roster messages (issue 16):
/// the message a caller reads whole (<see cref="RosterVersions.GetAsync"/>, <see cref="RosterVersions.ListAsync"/>), the
/// report in a language, a wish's price, the carry-forward of a publication and the problem file of a re-solve.
/// </summary>
internal static class NamespaceDoc
{
}
