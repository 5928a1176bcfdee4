namespace Scheduling.Api.Application.Plans;

/// <summary>
/// Planning a municipality: many stored units for one period in one request (<see cref="MunicipalityPlans"/>). A plan
/// (<see cref="MunicipalityPlan"/>, stored as a top-level resource <c>plans/{plan}</c>) is the list of its units with
/// the solve job each got; its status (<see cref="PlanStatus"/>) is read from the jobs and their rosters when asked:
/// the progress of the whole and the report over all units (<see cref="UnitOutcome"/>). Uses the unit problems and the
/// solve jobs; the service maps it to proto.
/// </summary>
internal static class NamespaceDoc;
