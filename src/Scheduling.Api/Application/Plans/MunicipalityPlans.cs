using NodaTime;
using NodaTime.Text;
using Scheduling.Api.Application.Solving;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Storage;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Files;
using Scheduling.Domain.Reporting;

namespace Scheduling.Api.Application.Plans;

/// <summary>
/// Plans many stored units for one period: every unit's problem is assembled by reference (its published history and
/// current absences included) before any job starts, so one bad unit refuses the whole request and nothing runs; then one
/// solve job per unit is queued, and the plan is stored as <c>plans/{plan}</c>. When the queue has no room for every job,
/// the jobs already queued are cancelled and the request is RESOURCE_EXHAUSTED (a municipality's planner raises
/// <c>Scheduling:QueueCapacity</c> to the number of units planned at once). A plan's jobs do not count against the caller's
/// own limit of jobs (<see cref="SchedulingOptions.MaxJobsPerCaller"/>): the plan's size is bounded instead.
/// </summary>
public sealed class MunicipalityPlans(UnitProblems problems, SolveAdmission admission, SolveJobs jobs, ISchedulingStore store, JobRepository jobRecords, RosterRepository rosters, UnitRepository unitRecords, IClock clock)
{
    /// <summary>The most units one plan may hold (Nacka runs about 40).</summary>
    public const int MaxUnits = 100;

    public const string Collection = "plans";

    private const int CachedOutcomes = 512;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // A roster's figures by roster name and etag: a report over 40 units reads each roster once, not on every poll.
    private readonly ConcurrentDictionary<string, UnitOutcome> outcomes = new(StringComparer.Ordinal);

    /// <summary>Starts a plan of <paramref name="units"/> (names <c>units/{unit}</c>) for <paramref name="period"/>.</summary>
    public async Task<PlanStatus> StartAsync(IReadOnlyList<string> units, PeriodDto? period, JobOptions? options, CancellationToken cancellation)
    {
        CheckUnits(units);
        var assembled = new List<(string Unit, StoredProblem Problem)>(units.Count);
        for (var i = 0; i < units.Count; i++)
            assembled.Add((units[i], await AssembleAsync(units[i], i, period, cancellation).ConfigureAwait(false)));

        var started = new List<PlannedUnit>(units.Count);
        try
        {
            foreach (var (unit, problem) in assembled)
            {
                var job = await admission.StartAsync(problem, unit, options, cancellation).ConfigureAwait(false);
                started.Add(new PlannedUnit(unit, job.Name));
            }
        }
        catch (ApiException e)
        {
            // All or nothing: a plan whose units did not all get a job is not stored, and the jobs it queued are stopped.
            foreach (var planned in started)
                await jobs.CancelAsync(planned.Job, CancellationToken.None).ConfigureAwait(false);
            if (e.Kind == ApiErrorKind.ResourceExhausted)
                throw ApiErrors.ResourceExhausted($"the solve queue has no room for the plan's {units.Count} units ({started.Count} fitted; those were cancelled): raise Scheduling:QueueCapacity or plan fewer units at once", TimeSpan.FromSeconds(30));
            throw;
        }

        var first = assembled[0].Problem.Problem.Period;
        var plan = new MunicipalityPlan(Collection + "/" + Guid.CreateVersion7().ToString("N"), first.Start, first.Days, first.Zone.Id, clock.GetCurrentInstant(), started);
        if (!await store.TryCreateResourcesAsync([new ResourceRow(plan.Name, "", Collection, Write(plan))], cancellation).ConfigureAwait(false))
            throw ApiErrors.AlreadyExists(plan.Name);
        return await StatusAsync(plan, cancellation).ConfigureAwait(false);
    }

    /// <summary>A plan as it stands now. INVALID_ARGUMENT for a malformed name, NOT_FOUND for an unknown plan.</summary>
    public async Task<PlanStatus> GetAsync(string name, CancellationToken cancellation)
    {
        var parts = (name ?? "").Split('/');
        if (parts.Length != 2 || parts[0] != Collection || !ResourceIds.IsValid(parts[1]))
            throw ApiErrors.InvalidArgument("name", $"must be plans/{{plan}}, was '{name}'");
        var body = await store.GetResourceAsync(name!, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(name!);
        return await StatusAsync(Read(body), cancellation).ConfigureAwait(false);
    }

    /// <summary>The newest plans, newest first (every stored plan is read: a municipality makes a few a month).</summary>
    public async Task<IReadOnlyList<MunicipalityPlan>> RecentAsync(int count, CancellationToken cancellation)
    {
        var all = await store.AllResourcesAsync("", Collection, body => Read(body) is var plan ? (plan.Name, plan) : default, cancellation).ConfigureAwait(false);
        return [.. all.OrderByDescending(p => p.CreateTime).Take(count)];
    }

    private static void CheckUnits(IReadOnlyList<string> units)
    {
        if (units.Count == 0) throw ApiErrors.InvalidArgument("units", "name at least one unit, units/{unit}");
        if (units.Count > MaxUnits) throw ApiErrors.InvalidArgument("units", $"at most {MaxUnits} units in one plan, was {units.Count}");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            var parts = units[i].Split('/');
            if (parts.Length != 2 || parts[0] != "units" || !ResourceIds.IsValid(parts[1]))
                throw ApiErrors.InvalidArgument($"units[{i}]", $"must be units/{{unit}}, was '{units[i]}'");
            if (!seen.Add(units[i])) throw ApiErrors.InvalidArgument($"units[{i}]", $"{units[i]} is named twice");
        }
    }

    /// <summary>A unit's problem for the period; its errors name the unit's place in the request.</summary>
    private async Task<StoredProblem> AssembleAsync(string unit, int index, PeriodDto? period, CancellationToken cancellation)
    {
        try
        {
            return await problems.AssembleAsync(unit, period, cancellation).ConfigureAwait(false);
        }
        catch (ApiException e) when (e.Kind == ApiErrorKind.NotFound)
        {
            throw ApiErrors.NotFound(unit, $"units[{index}]: {unit} does not exist");
        }
        catch (ApiException e) when (e.Kind is ApiErrorKind.InvalidArgument or ApiErrorKind.FailedPrecondition)
        {
            throw e.WithMessage($"units[{index}] ({unit}): {e.Message}");
        }
    }

    private async Task<PlanStatus> StatusAsync(MunicipalityPlan plan, CancellationToken cancellation)
    {
        var units = new List<UnitOutcome>(plan.Units.Count);
        foreach (var planned in plan.Units)
        {
            var outcome = await OutcomeAsync(planned, cancellation).ConfigureAwait(false);
            units.Add(outcome with { DisplayName = await DisplayNameAsync(planned.Unit, cancellation).ConfigureAwait(false) });
        }

        return new PlanStatus(plan, units);
    }

    /// <summary>The unit's display name; its id when it has none or is gone.</summary>
    private async Task<string> DisplayNameAsync(string unit, CancellationToken cancellation) =>
        await unitRecords.GetUnitAsync(unit, cancellation).ConfigureAwait(false) is { DisplayName.Length: > 0 } record
            ? record.DisplayName
            : unit[(unit.IndexOf('/', StringComparison.Ordinal) + 1)..];

    private async Task<UnitOutcome> OutcomeAsync(PlannedUnit planned, CancellationToken cancellation)
    {
        // A job deleted with its unit since the plan began reads as unspecified.
        if (await jobRecords.GetAsync(planned.Job, cancellation).ConfigureAwait(false) is not { } job)
            return new UnitOutcome(planned.Unit, planned.Job, JobState.Unspecified);
        var outcome = new UnitOutcome(planned.Unit, planned.Job, job.State)
        {
            Employees = job.EmployeeCount,
            Progress = job.State == JobState.Running && job.LatestProgress is { SolutionCount: > 0 } progress ? progress : null,
        };
        if (job.Roster.Length == 0) return outcome;
        if (await rosters.GetAsync(job.Roster, cancellation).ConfigureAwait(false) is not { } roster) return outcome;

        var key = roster.Name + "|" + roster.Etag;
        if (outcomes.TryGetValue(key, out var kept)) return kept with { State = job.State, Progress = outcome.Progress };
        var problem = await jobRecords.GetProblemAsync(planned.Job, cancellation).ConfigureAwait(false);
        var figures = outcome with { Roster = roster.Name, Penalty = roster.Penalty, HardViolations = roster.HardViolations };
        if (problem is not null)
        {
            var domain = problem.WithPins(roster.Pins);
            var report = await Task.Run(() => RosterReport.Build(domain, roster.Assignments, explain: false), cancellation).ConfigureAwait(false);
            figures = figures with { MinutesBelowIdeal = report.PersonMinutesShortOfIdeal, MinutesBelowMinimum = report.PersonMinutesShortOfMinimum };
            if (domain.Cost is not null)
            {
                var cost = RosterCost.Compute(domain, roster.Assignments);
                figures = figures with { CostKronor = cost.Kronor, SubstituteKronor = cost.KronorOf(CostKind.Substitutes) };
            }
        }

        if (outcomes.Count >= CachedOutcomes) outcomes.Clear();
        outcomes[key] = figures;
        return figures;
    }

    private static byte[] Write(MunicipalityPlan plan) => JsonSerializer.SerializeToUtf8Bytes(new Row(
        plan.Name, LocalDatePattern.Iso.Format(plan.PeriodStart), plan.Days, plan.TimeZone, InstantPattern.General.Format(plan.CreateTime), [.. plan.Units]), Json);

    private static MunicipalityPlan Read(byte[] body)
    {
        var row = JsonSerializer.Deserialize<Row>(body, Json) ?? throw ApiErrors.Internal("a stored plan could not be read");
        return new MunicipalityPlan(row.Name, LocalDatePattern.Iso.Parse(row.PeriodStart).Value, row.Days, row.TimeZone,
            InstantPattern.General.Parse(row.CreateTime).Value, row.Units);
    }

    /// <summary>The stored form of a plan (JSON).</summary>
    private sealed record Row(string Name, string PeriodStart, int Days, string TimeZone, string CreateTime, List<PlannedUnit> Units);
}
