using Scheduling.Api.Application;
using NodaTime;
using NodaTime.Text;
using Scheduling.Api.Application.Review;
using Scheduling.Api.Application.Solving;
using Scheduling.Api.Application.Units;
using Scheduling.Api.V1;

namespace Scheduling.Api.Pages.Review;

/// <summary>A unit: its rosters (every version), running solves, and a form to plan a new roster.</summary>
public sealed class UnitModel(Resources resources, UnitProblems problems, SolveAdmission admission, SolveJobs jobs, RosterVersions versions, IClock clock) : ReviewPageModel
{
    [FromRoute(Name = "unit")]
    public string UnitId { get; set; } = "";

    public V1.Unit Unit { get; private set; } = new();
    public int EmployeeCount { get; private set; }
    public IReadOnlyList<Domain.Review.RosterVersion> Rosters { get; private set; } = [];
    public IReadOnlyList<SolveJob> Running { get; private set; } = [];

    [BindProperty]
    public string StartDate { get; set; } = "";

    [BindProperty]
    public int Days { get; set; } = 28;

    [BindProperty]
    public int TimeLimit { get; set; } = 30;

    private string Name => "units/" + UnitId;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        try
        {
            Unit = await resources.GetAsync<V1.Unit>(Name, ResourceKinds.Unit, cancellation).ConfigureAwait(false);
        }
        catch (ApiException ex) when (ex.Kind is ApiErrorKind.NotFound or ApiErrorKind.InvalidArgument)
        {
            return NotFound();
        }

        EmployeeCount = (await resources.AllAsync<V1.Employee>(Name, ResourceKinds.Employee, cancellation).ConfigureAwait(false)).Count;
        Rosters = await versions.LatestOfUnitAsync(Name, 100, cancellation).ConfigureAwait(false);
        Running = [.. (await jobs.ListAsync(Name, 50, "", cancellation).ConfigureAwait(false)).Jobs
            .Where(j => j.State is Storage.JobState.Queued or Storage.JobState.Running).Select(Mapping.JobMapping.ToProto)];
        StartDate = await DefaultStartAsync(cancellation).ConfigureAwait(false);
        return Page();
    }

    /// <summary>The Monday of the first wish's week (the bundled example's period), else the first Monday at least 14 days ahead.</summary>
    private async Task<string> DefaultStartAsync(CancellationToken cancellation)
    {
        var wishes = await resources.AllAsync<V1.Wish>(Name, ResourceKinds.Wish, cancellation).ConfigureAwait(false);
        var first = wishes.Select(w => LocalDatePattern.Iso.Parse(w.Date)).Where(r => r.Success).Select(r => r.Value).DefaultIfEmpty().Min();
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(Unit.TimeZone) ?? DateTimeZoneProviders.Tzdb["Europe/Stockholm"];
        var start = wishes.Count > 0 ? first : clock.GetCurrentInstant().InZone(zone).Date.PlusDays(RosterPublication.NoticeDays);
        while (start.DayOfWeek != IsoDayOfWeek.Monday) start = wishes.Count > 0 ? start.PlusDays(-1) : start.PlusDays(1);
        return LocalDatePattern.Iso.Format(start);
    }

    public Task<IActionResult> OnPostSolveAsync(CancellationToken cancellation) => ActAsync(async () =>
    {
        var problem = await problems.AssembleAsync(Name, new Domain.Files.PeriodDto { StartDate = StartDate, Days = Days }, cancellation).ConfigureAwait(false);
        var options = Storage.JobOptions.None with { TimeLimit = TimeSpan.FromSeconds(Math.Max(1, TimeLimit)) };
        var job = await admission.StartAsync(problem, Name, options, cancellation, owner: Caller?.Subject).ConfigureAwait(false);
        return Redirect("/jobs/" + job.Name["solveJobs/".Length..]);
    });
}
