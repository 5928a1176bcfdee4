using NodaTime;
using Scheduling.Domain;

namespace Scheduling.Api.Storage;

/// <summary>
/// A solve job in the application's terms, as <see cref="JobRepository"/> reads and saves it: its name and unit (empty
/// for an inline problem), its <see cref="JobState"/>, the problem's name, size and period, the options in force, when it
/// was created, started and ended, the latest progress while it runs, its result once it has ended with or without a
/// roster, why it failed, and how many times a server restarted it.
/// </summary>
public sealed record SolveJobRecord(
    string Name,
    string Unit,
    JobState State,
    string ProblemName,
    int EmployeeCount,
    SchedulePeriod? Period,
    JobOptions Options,
    Instant? CreateTime,
    Instant? StartTime,
    Instant? EndTime,
    JobProgress? LatestProgress,
    JobResult? Result,
    JobError? Error,
    int Restarts)
{
    /// <summary>The roster the job started from (a warm start); empty when none.</summary>
    public string WarmStartRoster => Options.WarmStartRoster;

    /// <summary>The roster the job re-plans; empty when none.</summary>
    public string ReferenceRoster => Options.ReferenceRoster;

    /// <summary>The roster the job made; empty until it has one.</summary>
    public string Roster => Result?.Roster ?? "";

    /// <summary>Whether the job has ended (SUCCEEDED, CANCELLED or FAILED).</summary>
    public bool IsOver => State is JobState.Succeeded or JobState.Cancelled or JobState.Failed;
}
