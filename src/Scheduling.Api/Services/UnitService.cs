using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Auth;
using Scheduling.Api.Mapping;
using Scheduling.Api.Services.Mapping;
using Scheduling.Api.V1;

namespace Scheduling.Api.Services;

/// <summary>UnitService: units, and a unit's data as one problem.</summary>
public sealed class UnitService(Resources resources, UnitProblems problems) : V1.UnitService.UnitServiceBase
{
    public override Task<Unit> GetUnit(GetUnitRequest r, ServerCallContext c) => resources.GetAsync<Unit>(r.Name, ResourceKinds.Unit, c.CancellationToken);

    public override async Task<ListUnitsResponse> ListUnits(ListUnitsRequest r, ServerCallContext c)
    {
        var caller = c.Caller();
        var (items, next) = caller.IsPlanner
            ? await resources.ListAsync<Unit>("", r.PageSize, r.PageToken, ResourceKinds.Unit, c.CancellationToken).ConfigureAwait(false)
            : await resources.ListNamedAsync<Unit>(caller.Units, r.PageSize, r.PageToken, c.CancellationToken).ConfigureAwait(false);
        return new ListUnitsResponse { Units = { items }, NextPageToken = next };
    }

    public override Task<Unit> CreateUnit(CreateUnitRequest r, ServerCallContext c) => resources.CreateAsync("", r.UnitId, r.Unit, ResourceKinds.Unit, c.CancellationToken);

    public override Task<Unit> UpdateUnit(UpdateUnitRequest r, ServerCallContext c) => resources.UpdateAsync(r.Unit, r.UpdateMask, ResourceKinds.Unit, c.CancellationToken);

    public override async Task<Empty> DeleteUnit(DeleteUnitRequest r, ServerCallContext c)
    {
        await resources.DeleteAsync(r.Name, ResourceKinds.Unit, r.Force, c.CancellationToken, r.Etag).ConfigureAwait(false);
        return new Empty();
    }

    public override Task<Unit> ImportUnit(ImportUnitRequest r, ServerCallContext c) => problems.ImportAsync(r.UnitId, RequestProblems.ToFile(r.Problem), c.CancellationToken);

    public override async Task<Problem> GetUnitProblem(GetUnitProblemRequest r, ServerCallContext c) =>
        ProblemFileMapping.ToProto((await problems.AssembleAsync(r.Unit, RequestProblems.ToPeriod(r.Period), c.CancellationToken).ConfigureAwait(false)).File);
}
