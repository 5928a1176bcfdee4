using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Scheduling.Api.Application.Units;
using Scheduling.Api.V1;

namespace Scheduling.Api.Services;

/// <summary>RulePackService: rule packs shared by units.</summary>
public sealed class RulePackService(Resources resources) : V1.RulePackService.RulePackServiceBase
{
    public override Task<RulePack> GetRulePack(GetRulePackRequest r, ServerCallContext c) => resources.GetAsync<RulePack>(r.Name, ResourceKinds.RulePack, c.CancellationToken);

    public override async Task<ListRulePacksResponse> ListRulePacks(ListRulePacksRequest r, ServerCallContext c)
    {
        var (items, next) = await resources.ListAsync<RulePack>("", r.PageSize, r.PageToken, ResourceKinds.RulePack, c.CancellationToken).ConfigureAwait(false);
        return new ListRulePacksResponse { RulePacks = { items }, NextPageToken = next };
    }

    public override Task<RulePack> CreateRulePack(CreateRulePackRequest r, ServerCallContext c) => resources.CreateAsync("", r.RulePackId, r.RulePack, ResourceKinds.RulePack, c.CancellationToken);

    public override Task<RulePack> UpdateRulePack(UpdateRulePackRequest r, ServerCallContext c) => resources.UpdateAsync(r.RulePack, r.UpdateMask, ResourceKinds.RulePack, c.CancellationToken);

    public override async Task<Empty> DeleteRulePack(DeleteRulePackRequest r, ServerCallContext c)
    {
        await resources.DeleteAsync(r.Name, ResourceKinds.RulePack, force: false, c.CancellationToken, r.Etag).ConfigureAwait(false);
        return new Empty();
    }
}
