namespace Scheduling.Api.Application.SelfService;

/// <summary>
/// An employee's own data: the rate they choose (<see cref="OwnRates"/>), their wishes and standing preferences
/// (<see cref="OwnWishes"/>), both on the domain's records (<c>Scheduling.Domain.SelfService</c>); their published roster,
/// their wishes' outcomes and prices (<see cref="OwnData"/>, still on the contract's roster messages that the review's
/// reports and prices take). The employee is always the caller's.
/// </summary>
internal static class NamespaceDoc
{
}
