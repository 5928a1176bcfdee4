namespace Scheduling.Api.Application.Units;

/// <summary>
/// A unit's stored data: the standard methods over every kind of resource (<see cref="Resources"/>, AIP-131..135),
/// the kinds and how each checks its domain item (<see cref="ResourceKind{TItem}"/>: <see cref="ResourceKinds"/> a unit's
/// items as the problem file's DTOs, <see cref="SelfServiceKinds"/> still their messages), the balances a
/// publication carries forward (<see cref="CarryForwards"/>), and a unit's data as one problem and one problem as a
/// unit (<see cref="UnitProblems"/>, which reads the unit's items as the problem file's DTOs from
/// <see cref="Storage.UnitRepository"/> and assembles a <see cref="Domain.Files.ProblemFile"/>, the self-service items,
/// absences and the carry-forward's balances added to the file). The engine still stores the contract's messages and
/// maps each to the item its kind checks (<c>Mapping/ResourceItems</c>; issue 16). Depends on the shared application
/// part and Storage only.
/// </summary>
internal static class NamespaceDoc
{
}
