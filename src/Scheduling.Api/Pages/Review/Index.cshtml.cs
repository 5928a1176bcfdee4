using Scheduling.Api.Application;
using Scheduling.Api.Application.Plans;
using Scheduling.Api.Application.Units;
using Scheduling.Api.V1;

namespace Scheduling.Api.Pages.Review;

/// <summary>The entry page: the units, with a pointer to the API; for a planner also the plans of several units and a form to start one.</summary>
public sealed class IndexModel(Resources resources, MunicipalityPlans plans, IOptions<SchedulingOptions> options) : ReviewPageModel
{
    private const int PlansShown = 10;

    public IReadOnlyList<V1.Unit> Units { get; private set; } = [];
    public IReadOnlyList<MunicipalityPlan> Plans { get; private set; } = [];
    public string DataDirectory { get; } = Path.GetFullPath(options.Value.DataDirectory);

    [BindProperty]
    public List<string> PlanUnits { get; set; } = [];

    [BindProperty]
    public string StartDate { get; set; } = "";

    [BindProperty]
    public int Days { get; set; } = 28;

    [BindProperty]
    public int TimeLimit { get; set; } = 60;

    /// <summary>Every unit for a planner; a manager's own units.</summary>
    public async Task OnGetAsync(CancellationToken cancellation)
    {
        Units = [.. (await resources.AllAsync<V1.Unit>("", ResourceKinds.Unit, cancellation).ConfigureAwait(false)).Where(u => Caller?.Oversees(u.Name) == true)];
        if (Caller?.IsPlanner == true) Plans = await plans.RecentAsync(PlansShown, cancellation).ConfigureAwait(false);
    }

    /// <summary>A planner's plan of the ticked units (a manager is refused: plans span units).</summary>
    public Task<IActionResult> OnPostPlanAsync(CancellationToken cancellation) => ActAsync(async () =>
    {
        if (Caller?.IsPlanner != true) return Forbid();
        var options = Storage.JobOptions.None with { TimeLimit = TimeSpan.FromSeconds(Math.Max(1, TimeLimit)) };
        var status = await plans.StartAsync(PlanUnits, new Domain.Files.PeriodDto { StartDate = StartDate, Days = Days }, options, cancellation).ConfigureAwait(false);
        return Redirect("/" + status.Plan.Name);
    });
}
