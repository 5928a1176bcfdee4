using Scheduling.Domain;
using Scheduling.Domain.Files;

namespace Scheduling.Quality.Units;

/// <summary>
/// A generated unit in both forms: the problem file (what <see cref="ProblemFileWriter"/> writes, what the CLI and the
/// service read) and the <see cref="RosterProblem"/> read from it, so the two cannot disagree.
/// </summary>
public sealed record GeneratedUnit(UnitSize Size, int Seed, ProblemFile File, RosterProblem Problem);
