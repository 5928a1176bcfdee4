namespace Scheduling.Api.Mapping;

/// <summary>
/// The one mapping between the domain's records and the contract's messages (<c>V1</c>), used at both edges: the wire
/// (<c>Services/</c>, the pages) and the disk (<c>Storage/Encoding</c>, which only adds bytes ↔ message). A problem
/// message is the problem file in its canonical JSON form (<see cref="ProblemFileMapping"/>); a roster's report is
/// written once (<see cref="ReportMapping"/>: violations, hours and fairness, coverage gaps, shift cover, wishes,
/// preferences, cost), a new roster and its assignments and pins in <see cref="RosterMapping"/>, a solve job (its
/// record, options, progress, result, error) both ways without loss in <see cref="JobMapping"/>, a solve's status and
/// conflicts in <see cref="SolveMapping"/>, how two rosters differ in <see cref="MovedShifts"/>, the review
/// state in <see cref="RosterStateMapping"/>, the pool report of several units in <see cref="UnitMapping"/>, and a message
/// and its problem file item (a stored resource as the item it holds) by one generic function each way in
/// <see cref="ResourceMapping"/>, and a resource as the domain item its kind checks and the store reads back
/// (<see cref="ResourceItems"/>). Names nothing of Application, Services or Pages (LayeringTests); Application names
/// nothing here once its use cases speak domain types (issue 16: the files still listed in LayeringTests do).
/// </summary>
internal static class NamespaceDoc
{
}
