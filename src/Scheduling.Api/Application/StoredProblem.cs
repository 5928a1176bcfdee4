using Scheduling.Domain;
using Scheduling.Domain.Files;

namespace Scheduling.Api.Application;

/// <summary>
/// A job's problem as the store keeps it: the problem file the job was started with (<see cref="File"/>: what a
/// re-solve and a carry-forward start from) and the domain problem read from it once (<see cref="Problem"/>).
/// </summary>
public sealed record StoredProblem(ProblemFile File, RosterProblem Problem);
