namespace Scheduling.Api.Application;

/// <summary>
/// The application: one folder (namespace) per use case, over this small shared part that each may use: errors as
/// the contract reports them (<see cref="ApiErrors"/>), paging, the contract's mapping to the domain and back at the
/// edge (<see cref="ProblemMapping"/>), the problem size limit, settings, telemetry and the job log. Arrows point
/// down: SelfService → Review → Solving, SelfService and Windows and Review → Units; every use case → this shared part
/// and Storage. Nothing here knows gRPC services or pages; both call the use cases.
/// </summary>
internal static class NamespaceDoc
{
}
