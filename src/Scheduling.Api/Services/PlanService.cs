using Grpc.Core;
using Scheduling.Api.Application.Plans;
using Scheduling.Api.Services.Mapping;
using Scheduling.Api.V1;

namespace Scheduling.Api.Services;

/// <summary>PlanService: a municipality's units planned together (<see cref="MunicipalityPlans"/>), mapped to proto by <see cref="PlanMapping"/>.</summary>
public sealed class PlanService(MunicipalityPlans plans) : V1.PlanService.PlanServiceBase
{
    public override async Task<Plan> StartPlan(StartPlanRequest request, ServerCallContext context) =>
        PlanMapping.ToProto(await plans.StartAsync([.. request.Units], RequestProblems.ToPeriod(request.Period), Api.Mapping.JobMapping.ToDomain(request.Options), context.CancellationToken).ConfigureAwait(false));

    public override async Task<Plan> GetPlan(GetPlanRequest request, ServerCallContext context) =>
        PlanMapping.ToProto(await plans.GetAsync(request.Name, context.CancellationToken).ConfigureAwait(false));
}
