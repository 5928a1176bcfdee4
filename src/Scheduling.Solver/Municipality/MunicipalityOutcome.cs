using Scheduling.Domain;

namespace Scheduling.Solver.Municipality;

/// <summary>
/// What <see cref="MunicipalitySearch"/> found: the roster (null when cancelled before every part had one), its objective,
/// when the first (joined) roster came, how many improving rosters were reported, and how many shifts moved unit.
/// </summary>
internal sealed record MunicipalityOutcome(Roster? Roster, long? Objective, TimeSpan? First, int Solutions, int Moves, bool Cancelled);
