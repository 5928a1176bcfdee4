using Grpc.Core;
using Scheduling.Api.Application;
using Scheduling.Api.Application.Solving;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Auth;
using Scheduling.Api.V1;

namespace Scheduling.Api.Services;

/// <summary>SolveService: maps requests to <see cref="SolveJobs"/> and back.</summary>
public sealed class SolveService(SolveAdmission admission, SolveJobs jobs, UnitProblems problems) : V1.SolveService.SolveServiceBase
{
    public override async Task<SolveJob> StartSolve(StartSolveRequest request, ServerCallContext context)
    {
        var cancellation = context.CancellationToken;
        var owner = context.Caller().Subject;
        switch (request.SourceCase)
        {
            case StartSolveRequest.SourceOneofCase.Problem:
                return await admission.StartAsync(request.Problem, "", request.Options, cancellation, owner: owner).ConfigureAwait(false);
            case StartSolveRequest.SourceOneofCase.Reference:
                var problem = await problems.AssembleAsync(request.Reference.Unit, request.Reference.Period, cancellation, request.Reference.History).ConfigureAwait(false);
                return await admission.StartAsync(problem, request.Reference.Unit, request.Options, cancellation, owner: owner).ConfigureAwait(false);
            default:
                throw ApiErrors.InvalidArgument("problem", "give a problem, or a reference (unit and period)");
        }
    }

    public override async Task WatchSolve(WatchSolveRequest request, IServerStreamWriter<SolveProgress> responseStream, ServerCallContext context)
    {
        await foreach (var progress in jobs.WatchAsync(request.Name, context.CancellationToken).ConfigureAwait(false))
            await responseStream.WriteAsync(progress, context.CancellationToken).ConfigureAwait(false);
    }

    public override Task<SolveJob> GetSolveJob(GetSolveJobRequest request, ServerCallContext context) => jobs.GetAsync(request.Name, context.CancellationToken);

    public override async Task<ListSolveJobsResponse> ListSolveJobs(ListSolveJobsRequest request, ServerCallContext context)
    {
        var (page, next) = await jobs.ListAsync(request.Unit, request.PageSize, request.PageToken, context.CancellationToken).ConfigureAwait(false);
        return new ListSolveJobsResponse { SolveJobs = { page }, NextPageToken = next };
    }

    public override Task<SolveJob> CancelSolve(CancelSolveRequest request, ServerCallContext context) => jobs.CancelAsync(request.Name, context.CancellationToken);
}
