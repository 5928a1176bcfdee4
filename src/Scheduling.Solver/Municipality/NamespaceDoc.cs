namespace Scheduling.Solver.Municipality;

/// <summary>
/// Planning a municipality (many units in one problem) when the whole model is too big to build: the problem split by
/// home unit (<see cref="UnitParts"/>), each part planned by the single-unit search, the parts joined, then the pool
/// phase (<see cref="UnitMoves"/>) that moves worked shifts to other units (resurspass) with exact penalty changes.
/// <see cref="MunicipalitySearch"/> runs the three and splits the time between them. Called by <see cref="RosterSolver"/>.
/// </summary>
internal static class NamespaceDoc
{
}
