namespace Scheduling.Api.Application;

/// <summary>
/// The application: one folder (namespace) per use case, over this small shared part that each may use: errors as
/// the contract reports them (<see cref="ApiErrors"/>), paging, a job's problem as the domain's problem file and the
/// domain problem read from it (<see cref="StoredProblem"/>, <see cref="ProblemReading"/>; a request's problem is mapped
/// to its file at the service edge), the problem size limit (<see cref="ProblemSize"/>), a request's dates and language
/// (<see cref="ProblemMapping"/>), settings, telemetry and the job log. Arrows point
/// down: SelfService → Review → Solving, SelfService and Windows and Review → Units; every use case → this shared part
/// and Storage. Nothing here knows gRPC services or pages; both call the use cases.
/// </summary>
internal static class NamespaceDoc
{
}
