using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Scheduling.Api.Application.Units;
using Scheduling.Api.V1;

namespace Scheduling.Api.Services;

/// <summary>ShiftTemplateService: a unit's shift templates.</summary>
public sealed class ShiftTemplateService(Resources resources) : V1.ShiftTemplateService.ShiftTemplateServiceBase
{
    public override Task<ShiftTemplate> GetShiftTemplate(GetShiftTemplateRequest r, ServerCallContext c) => resources.GetAsync<ShiftTemplate>(r.Name, ResourceKinds.ShiftTemplate, c.CancellationToken);

    public override async Task<ListShiftTemplatesResponse> ListShiftTemplates(ListShiftTemplatesRequest r, ServerCallContext c)
    {
        var (items, next) = await resources.ListAsync<ShiftTemplate>(r.Parent, r.PageSize, r.PageToken, ResourceKinds.ShiftTemplate, c.CancellationToken).ConfigureAwait(false);
        return new ListShiftTemplatesResponse { ShiftTemplates = { items }, NextPageToken = next };
    }

    public override Task<ShiftTemplate> CreateShiftTemplate(CreateShiftTemplateRequest r, ServerCallContext c) => resources.CreateAsync(r.Parent, r.ShiftTemplateId, r.ShiftTemplate, ResourceKinds.ShiftTemplate, c.CancellationToken);

    public override Task<ShiftTemplate> UpdateShiftTemplate(UpdateShiftTemplateRequest r, ServerCallContext c) => resources.UpdateAsync(r.ShiftTemplate, r.UpdateMask, ResourceKinds.ShiftTemplate, c.CancellationToken);

    public override async Task<Empty> DeleteShiftTemplate(DeleteShiftTemplateRequest r, ServerCallContext c)
    {
        await resources.DeleteAsync(r.Name, ResourceKinds.ShiftTemplate, force: false, c.CancellationToken, r.Etag).ConfigureAwait(false);
        return new Empty();
    }
}
