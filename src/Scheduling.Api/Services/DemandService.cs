using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Scheduling.Api.Application.Units;
using Scheduling.Api.V1;

namespace Scheduling.Api.Services;

/// <summary>DemandService: a unit's per-template demand rows and its demand curve.</summary>
public sealed class DemandService(Resources resources) : V1.DemandService.DemandServiceBase
{
    public override Task<ShiftDemand> GetShiftDemand(GetShiftDemandRequest r, ServerCallContext c) => resources.GetAsync<ShiftDemand>(r.Name, ResourceKinds.ShiftDemand, c.CancellationToken);

    public override async Task<ListShiftDemandsResponse> ListShiftDemands(ListShiftDemandsRequest r, ServerCallContext c)
    {
        var (items, next) = await resources.ListAsync<ShiftDemand>(r.Parent, r.PageSize, r.PageToken, ResourceKinds.ShiftDemand, c.CancellationToken).ConfigureAwait(false);
        return new ListShiftDemandsResponse { ShiftDemands = { items }, NextPageToken = next };
    }

    public override Task<ShiftDemand> CreateShiftDemand(CreateShiftDemandRequest r, ServerCallContext c) => resources.CreateAsync(r.Parent, r.ShiftDemandId, r.ShiftDemand, ResourceKinds.ShiftDemand, c.CancellationToken);

    public override Task<ShiftDemand> UpdateShiftDemand(UpdateShiftDemandRequest r, ServerCallContext c) => resources.UpdateAsync(r.ShiftDemand, r.UpdateMask, ResourceKinds.ShiftDemand, c.CancellationToken);

    public override async Task<Empty> DeleteShiftDemand(DeleteShiftDemandRequest r, ServerCallContext c)
    {
        await resources.DeleteAsync(r.Name, ResourceKinds.ShiftDemand, force: false, c.CancellationToken, r.Etag).ConfigureAwait(false);
        return new Empty();
    }

    public override Task<DemandCurve> GetDemandCurve(GetDemandCurveRequest r, ServerCallContext c) => resources.GetSingletonAsync<DemandCurve>(r.Name, ResourceKinds.DemandCurve, c.CancellationToken);

    public override Task<DemandCurve> UpdateDemandCurve(UpdateDemandCurveRequest r, ServerCallContext c) => resources.UpdateSingletonAsync(r.DemandCurve, r.UpdateMask, ResourceKinds.DemandCurve, c.CancellationToken);
}
