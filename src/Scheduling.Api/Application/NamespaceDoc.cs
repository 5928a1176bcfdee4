namespace Scheduling.Api.Application;

/// <summary>
/// The application: one folder (namespace) per use case, over this small shared part that each may use: errors as
/// the contract reports them (<see cref="ApiErrors"/>), paging, a request's problem read as the domain's
/// (<see cref="ProblemMapping"/>; the contract's mapping itself is <c>Scheduling.Api.Mapping</c>), the problem size limit, settings, telemetry and the job log. Arrows point
/// down: SelfService → Review → Solving, SelfService and Windows and Review → Units; every use case → this shared part
/// and Storage. Nothing here knows gRPC services or pages; both call the use cases.
/// </summary>
internal static class NamespaceDoc
{
}
