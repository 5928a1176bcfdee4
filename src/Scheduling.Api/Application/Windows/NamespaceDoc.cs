namespace Scheduling.Api.Application.Windows;

/// <summary>
/// A unit's rate choice and wish windows: whether one is open today where the unit is (the unit read through
/// <see cref="Storage.UnitRepository"/>), which one to show and the rates one offers (<see cref="SelfServiceWindows"/>),
/// in plain fields, naming no contract type. Setting and reading the stored windows are the service's standard methods.
/// </summary>
internal static class NamespaceDoc
{
}
