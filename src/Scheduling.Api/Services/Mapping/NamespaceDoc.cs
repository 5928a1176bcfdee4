namespace Scheduling.Api.Services.Mapping;

/// <summary>
/// The service edge's mappings between the contract (proto messages, google.rpc statuses) and the application's own
/// types, each made once here: <see cref="ErrorMapping"/> sends a use case's refusal (<see cref="Application.ApiException"/>)
/// as a google.rpc.Status with its detail; <see cref="CalendarFeedMapping"/> an employee's calendar feed; <see cref="PlanMapping"/> a municipality plan's status;
/// <see cref="RequestProblems"/> a request's problem, period and history as the domain's problem file's.
/// The domain's records are mapped in <c>Scheduling.Api.Mapping</c>, which the store's encoding shares and which names no
/// application type; what maps an application type stays here. Application and Storage never name this folder (LayeringTests).
/// </summary>
internal static class NamespaceDoc
{
}
