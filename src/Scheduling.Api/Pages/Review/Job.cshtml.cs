using Scheduling.Api.Application;
using Scheduling.Api.Application.Solving;
using Scheduling.Api.Mapping;
using Scheduling.Api.V1;

namespace Scheduling.Api.Pages.Review;

/// <summary>A solve job's live progress (objective, bound, gap) with a cancel button; links to the roster when done.</summary>
public sealed class JobModel(SolveJobs jobs) : ReviewPageModel
{
    [FromRoute(Name = "job")]
    public string JobId { get; set; } = "";

    public SolveJob Job { get; private set; } = new();

    private string Name => "solveJobs/" + JobId;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        try
        {
            Job = JobMapping.ToProto(await jobs.GetAsync(Name, cancellation).ConfigureAwait(false));
        }
        catch (ApiException ex) when (ex.Kind is ApiErrorKind.NotFound or ApiErrorKind.InvalidArgument)
        {
            return NotFound();
        }

        return Page();
    }

    /// <summary>The job's state and latest progress as JSON, for the page's polling script.</summary>
    public async Task<IActionResult> OnGetProgressAsync(CancellationToken cancellation)
    {
        try
        {
            return new JsonResult(Progress(JobMapping.ToProto(await jobs.GetAsync(Name, cancellation).ConfigureAwait(false))));
        }
        catch (ApiException ex) when (ex.Kind is ApiErrorKind.NotFound or ApiErrorKind.InvalidArgument)
        {
            return NotFound();
        }
    }

    public static object Progress(SolveJob job)
    {
        var p = job.LatestProgress;
        var ended = job.State is SolveJob.Types.State.Succeeded or SolveJob.Types.State.Cancelled or SolveJob.Types.State.Failed;
        var roster = job.Result?.Roster ?? "";
        return new
        {
            state = job.State.ToString().ToUpperInvariant(),
            ended,
            objective = job.Result?.HasObjective == true ? job.Result.Objective : p?.Objective,
            bound = job.Result?.HasBestBound == true ? job.Result.BestBound : p?.BestBound,
            gap = job.Result?.HasGap == true ? job.Result.Gap : p?.Gap,
            elapsed = (job.Result?.TotalTime ?? p?.Elapsed)?.ToTimeSpan().TotalSeconds,
            solutions = job.Result?.SolutionCount ?? p?.SolutionCount ?? 0,
            roster = roster.Length > 0 ? "/rosters/" + roster["rosters/".Length..] : null,
            error = job.Error?.Message,
        };
    }

    public Task<IActionResult> OnPostCancelAsync(CancellationToken cancellation) => ActAsync(async () =>
    {
        await jobs.CancelAsync(Name, cancellation).ConfigureAwait(false);
        return Redirect(Request.Path);
    });
}
