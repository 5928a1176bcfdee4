namespace Scheduling.Api.Application.Windows;

/// <summary>
/// A unit's rate choice and wish windows: setting them and whether one is open today where the unit is
/// (<see cref="SelfServiceWindows"/>).
/// </summary>
internal static class NamespaceDoc
{
}
