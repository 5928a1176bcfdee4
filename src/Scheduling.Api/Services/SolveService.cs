using Grpc.Core;
using Scheduling.Api.Application;
using Scheduling.Api.Application.Solving;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Auth;
using Scheduling.Api.Mapping;
using Scheduling.Api.Services.Mapping;
using Scheduling.Api.V1;

namespace Scheduling.Api.Services;

/// <summary>SolveService: maps requests to <see cref="SolveAdmission"/> and <see cref="SolveJobs"/>, and their job records back (<see cref="JobMapping"/>).</summary>
public sealed class SolveService(SolveAdmission admission, SolveJobs jobs, UnitProblems problems) : V1.SolveService.SolveServiceBase
{
    public override async Task<SolveJob> StartSolve(StartSolveRequest request, ServerCallContext context)
    {
        var cancellation = context.CancellationToken;
        var owner = context.Caller().Subject;
        var options = JobMapping.ToDomain(request.Options);
        switch (request.SourceCase)
        {
            case StartSolveRequest.SourceOneofCase.Problem:
                return JobMapping.ToProto(await admission.StartAsync(RequestProblems.ToFile(request.Problem)!, "", options, cancellation, owner: owner).ConfigureAwait(false));
            case StartSolveRequest.SourceOneofCase.Reference:
                var problem = await problems.AssembleAsync(request.Reference.Unit, RequestProblems.ToPeriod(request.Reference.Period), cancellation, RequestProblems.ToHistory(request.Reference.History)).ConfigureAwait(false);
                return JobMapping.ToProto(await admission.StartAsync(problem, request.Reference.Unit, options, cancellation, owner: owner).ConfigureAwait(false));
            default:
                throw ApiErrors.InvalidArgument("problem", "give a problem, or a reference (unit and period)");
        }
    }

    public override async Task WatchSolve(WatchSolveRequest request, IServerStreamWriter<SolveProgress> responseStream, ServerCallContext context)
    {
        await foreach (var e in jobs.WatchAsync(request.Name, context.CancellationToken).ConfigureAwait(false))
            await responseStream.WriteAsync(e.Final is { } final ? JobMapping.FinalProgress(final) : JobMapping.ToProto(e.Progress, e.Job), context.CancellationToken).ConfigureAwait(false);
    }

    public override async Task<SolveJob> GetSolveJob(GetSolveJobRequest request, ServerCallContext context) =>
        JobMapping.ToProto(await jobs.GetAsync(request.Name, context.CancellationToken).ConfigureAwait(false));

    public override async Task<ListSolveJobsResponse> ListSolveJobs(ListSolveJobsRequest request, ServerCallContext context)
    {
        var (page, next) = await jobs.ListAsync(request.Unit, request.PageSize, request.PageToken, context.CancellationToken).ConfigureAwait(false);
        return new ListSolveJobsResponse { SolveJobs = { page.Select(JobMapping.ToProto) }, NextPageToken = next };
    }

    public override async Task<SolveJob> CancelSolve(CancelSolveRequest request, ServerCallContext context) =>
        JobMapping.ToProto(await jobs.CancelAsync(request.Name, context.CancellationToken).ConfigureAwait(false));
}
