using NodaTime;
using Scheduling.Domain;

namespace Scheduling.Api.Storage;

/// <summary>
/// The roster a solve job made, as it is stored with the job's end (<see cref="JobRepository.FinishAsync(SolveJobRecord, SolvedRoster?, CancellationToken)"/>): its name,
/// unit and job, the problem it was solved and is reviewed against (its period and pins are the roster's), the solve's
/// result (its roster, and the checker's evaluation when it is the roster's own; null: evaluated again against
/// <see cref="Problem"/>), when it was made, and its place among the versions: a PROPOSED version number, the version
/// it re-plans (empty for a first solve) and the employees whose shifts moved from it.
/// </summary>
public sealed record SolvedRoster(
    string Name,
    string Unit,
    string Job,
    RosterProblem Problem,
    Solver.SolveResult Result,
    Instant Created,
    int Version,
    string Parent,
    ImmutableArray<EmployeeId> AffectedEmployees);
