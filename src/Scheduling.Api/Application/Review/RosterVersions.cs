using NodaTime.Text;
using Scheduling.Api.Storage;
using Scheduling.Domain;
using Scheduling.Domain.Files;
using Scheduling.Domain.Reporting;
using Scheduling.Domain.Review;

namespace Scheduling.Api.Application.Review;

/// <summary>
/// The stored versions of rosters as review reads them: one roster with its lifecycle filled in, the problem it is
/// reviewed against (its job's, with the roster's own pins; the last few kept), the versions of a unit, and how two
/// versions differ.
/// </summary>
public sealed partial class RosterVersions(JobRepository jobs, RosterRepository rosters)
{
    private const int CachedProblems = 32;

    private readonly ConcurrentDictionary<string, StoredProblem> problems = new(StringComparer.Ordinal);

    [GeneratedRegex(@"\Arosters/[A-Za-z0-9_-]{1,63}\z")]
    private static partial Regex RosterName();

    [GeneratedRegex(@"\Aunits/[A-Za-z0-9][A-Za-z0-9_-]{0,62}\z")]
    private static partial Regex UnitName();

    public static void CheckName(string name, string field = "name")
    {
        if (!RosterName().IsMatch(name ?? "")) throw ApiErrors.InvalidArgument(field, $"must be rosters/{{roster}}, was '{name}'");
    }

    /// <summary>
    /// A roster with the report it was stored with, its lifecycle filled in as <see cref="GetVersionAsync"/> does;
    /// NOT_FOUND when it is not stored.
    /// </summary>
    public async Task<(RosterVersion Version, StoredReport Report)> GetAsync(string name, CancellationToken cancellation)
    {
        CheckName(name);
        var (roster, report) = await rosters.GetWithReportAsync(name, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(name);
        return (await FilledAsync(roster, cancellation).ConfigureAwait(false), report);
    }

    /// <summary>
    /// A roster as the domain's version of it, with its lifecycle filled in (a roster stored before versions reads as
    /// version 1, proposed, with its job's pins); NOT_FOUND when it is not stored.
    /// </summary>
    public async Task<RosterVersion> GetVersionAsync(string name, CancellationToken cancellation)
    {
        CheckName(name);
        return await FilledAsync(await rosters.GetAsync(name, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(name), cancellation).ConfigureAwait(false);
    }

    /// <summary>A version as review reads it: one stored before versions is version 1, proposed, with its job's pins.</summary>
    private async Task<RosterVersion> FilledAsync(RosterVersion roster, CancellationToken cancellation)
    {
        if (roster.Version == 0)
        {
            var pins = await JobProblemAsync(roster.Job, cancellation).ConfigureAwait(false) is { } p ? p.Problem.Pins : [];
            roster = roster with { Version = 1, State = ReviewState.Proposed, Pins = roster.Pins.AddRange(pins) };
        }

        return roster.State == ReviewState.Unspecified ? roster with { State = ReviewState.Proposed } : roster;
    }

    /// <summary>A version made from another, listing the employees whose shifts differ from it (as stored now).</summary>
    public async Task<RosterVersion> WithAffectedAsync(RosterVersion target, CancellationToken cancellation) =>
        target.Parent.Length > 0 && await rosters.GetAsync(target.Parent, cancellation).ConfigureAwait(false) is { } parent
            ? target with { AffectedEmployees = [.. RosterChanges.Employees(parent.Assignments, target.Assignments)] }
            : target;

    /// <summary>The problem a version is reviewed against: its job's problem with the version's own pins; FAILED_PRECONDITION when there is none.</summary>
    public async Task<RosterProblem> ProblemAsync(RosterVersion roster, CancellationToken cancellation) =>
        (await StoredProblemAsync(roster, cancellation).ConfigureAwait(false)).Problem.WithPins(roster.Pins);

    /// <summary>The job's problem of a version, as stored and read; FAILED_PRECONDITION when there is none.</summary>
    internal async Task<StoredProblem> StoredProblemAsync(RosterVersion roster, CancellationToken cancellation) =>
        await JobProblemAsync(roster.Job, cancellation).ConfigureAwait(false)
            ?? throw ApiErrors.FailedPrecondition($"{roster.Name} has no stored problem", [new ProblemError("solveJob", $"{roster.Job} has no problem")]);

    /// <summary>A copy of a job's problem file with a version's pins in place of its own (a re-solve's, a carry-forward's).</summary>
    internal static ProblemFile FileWithPins(ProblemFile file, IEnumerable<Pin> pins)
    {
        var copy = ProblemFiles.Copy(file);
        copy.Pins = [.. pins.Select(p => new PinDto { Employee = p.Employee.Value, Date = LocalDatePattern.Iso.Format(p.Date), Shift = p.Shift?.Value })];
        return copy;
    }

    /// <summary>The problem of a job (kept: a roster's problem is read at every look and change); null when there is none.</summary>
    internal async Task<StoredProblem?> JobProblemAsync(string job, CancellationToken cancellation)
    {
        if (problems.TryGetValue(job, out var cached)) return cached;
        StoredProblem? entry;
        try
        {
            entry = await jobs.GetProblemFileAsync(job, cancellation).ConfigureAwait(false) is { } file ? new StoredProblem(file, ProblemFileReader.Map(file)) : null;
        }
        catch (ProblemValidationException ex)
        {
            throw ApiErrors.InvalidArgument(ex.Errors, "problem");
        }

        if (entry is null) return null;
        if (problems.Count >= CachedProblems) problems.Clear();
        problems[job] = entry;
        return entry;
    }

    /// <summary>A page of rosters, newest first, of one unit or all; with <paramref name="full"/> each with its assignments and report.</summary>
    public async Task<(List<(RosterVersion Version, StoredReport Report)> Rosters, string NextPageToken)> ListAsync(string parent, int pageSize, string pageToken, bool full, CancellationToken cancellation)
    {
        if (parent.Length > 0 && !UnitName().IsMatch(parent)) throw ApiErrors.InvalidArgument("parent", $"must be units/{{unit}} or empty, was '{parent}'");
        var size = Paging.Size(pageSize);
        var stored = await rosters.ListWithReportsAsync(parent.Length > 0 ? parent : null, Paging.Decode(pageToken), size + 1, summary: !full, cancellation).ConfigureAwait(false);
        var page = stored.Take(size).Select(r => full ? r : Basic(r.Version, r.Report)).ToList();
        return (page, stored.Count > size ? Paging.Encode(page[^1].Version.Name) : "");
    }

    /// <summary>Summaries of the latest rosters of a unit (no assignments, no coverage gaps), newest first.</summary>
    public Task<IReadOnlyList<RosterVersion>> LatestOfUnitAsync(string unit, int count, CancellationToken cancellation) =>
        rosters.ListAsync(unit, null, count, cancellation);

    /// <summary>
    /// Summaries of the versions of <paramref name="roster"/>'s period: its unit's rosters of the same period, or for an
    /// inline problem its job's.
    /// </summary>
    public async Task<IReadOnlyList<RosterVersion>> VersionsOfAsync(RosterVersion roster, CancellationToken cancellation) =>
        [.. (await rosters.ListAsync(roster.Unit.Length > 0 ? roster.Unit : null, null, 200, cancellation).ConfigureAwait(false))
            .Where(r => r.PeriodStart == roster.PeriodStart && r.Days == roster.Days && (roster.Unit.Length > 0 || r.Job == roster.Job))];

    /// <summary>The roster without its assignments, coverage gaps and report but for its outcome and cost (the BASIC view).</summary>
    public static (RosterVersion Version, StoredReport Report) Basic(RosterVersion version, StoredReport report) =>
        (version with { Assignments = Domain.Roster.Empty, CoverageGaps = [] }, report.Summary());

    /// <summary>How <paramref name="name"/> differs from <paramref name="other"/>; NOT_FOUND for either that is not stored.</summary>
    public async Task<VersionComparison> CompareAsync(string name, string other, CancellationToken cancellation)
    {
        CheckName(other, "other");
        CheckName(name);
        var a = await rosters.GetAsync(name, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(name);
        var b = await rosters.GetAsync(other, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(other);
        return VersionComparison.Between(a, b);
    }
}
