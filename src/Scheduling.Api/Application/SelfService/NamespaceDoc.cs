namespace Scheduling.Api.Application.SelfService;

/// <summary>
/// An employee's own data (<see cref="OwnData"/>): the rate they choose, their wishes and standing preferences, their
/// published roster, their wishes' outcomes and prices. The employee is always the caller's.
/// </summary>
internal static class NamespaceDoc
{
}
