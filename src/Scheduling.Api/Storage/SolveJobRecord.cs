namespace Scheduling.Api.Storage;

/// <summary>
/// A solve job as the application reads it from <see cref="JobRepository"/>: its name and unit (empty for an inline
/// problem), its <see cref="JobState"/>, the number of employees it plans, the rosters it started from (a warm start, the
/// roster it re-plans; empty when none) and the roster it made (empty until it has one).
/// </summary>
public sealed record SolveJobRecord(string Name, string Unit, JobState State, int EmployeeCount, string WarmStartRoster, string ReferenceRoster, string Roster);
