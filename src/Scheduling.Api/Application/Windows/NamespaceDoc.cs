namespace Scheduling.Api.Application.Windows;

/// <summary>
/// A unit's rate choice and wish windows: whether one is open today where the unit is (the unit read through
/// <see cref="Storage.UnitRepository"/>), which one to show (<see cref="SelfServiceWindows"/>),
/// on the domain's windows (<c>Scheduling.Domain.SelfService</c>), naming no contract type. Setting and reading the stored windows are the service's standard methods.
/// </summary>
internal static class NamespaceDoc
{
}
