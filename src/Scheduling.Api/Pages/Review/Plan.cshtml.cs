using Scheduling.Api.Application;
using Scheduling.Api.Application.Plans;

namespace Scheduling.Api.Pages.Review;

/// <summary>A municipality plan for a planner: each unit's job and roster with its figures, and the totals of the whole.</summary>
public sealed class PlanModel(MunicipalityPlans plans) : ReviewPageModel
{
    [FromRoute(Name = "plan")]
    public string PlanId { get; set; } = "";

    public PlanStatus Status { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        try
        {
            Status = await plans.GetAsync("plans/" + PlanId, cancellation).ConfigureAwait(false);
        }
        catch (ApiException ex) when (ex.Kind is ApiErrorKind.NotFound or ApiErrorKind.InvalidArgument)
        {
            return NotFound();
        }

        return Page();
    }
}
