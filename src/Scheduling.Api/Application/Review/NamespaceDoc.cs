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
/// (<see cref="Storage.RosterRepository.SaveReportedAsync"/>) and its <c>DayEdit</c>. A roster read whole is its version with
/// the report it was stored with (<c>Scheduling.Domain.Reporting.StoredReport</c>, <see cref="RosterVersions.GetAsync"/>,
/// <see cref="RosterVersions.ListAsync"/>), in a language through <see cref="RosterReports.InLanguageAsync"/>; the
/// contract's roster is made of them once, at the edge (issue 16).
/// </summary>
internal static class NamespaceDoc
{
}
