using Grpc.Core;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Application.Windows;
using Scheduling.Api.V1;

namespace Scheduling.Api.Services;

/// <summary>WindowService: a unit's rate choice and wish windows, and its employees' rate choices.</summary>
public sealed class WindowService(SelfServiceWindows windows, Resources resources) : V1.WindowService.WindowServiceBase
{
    public override Task<V1.Windows> GetWindows(GetWindowsRequest r, ServerCallContext c) => windows.GetAsync(r.Unit, c.CancellationToken);

    public override Task<RateChoiceWindow> SetRateChoiceWindow(SetRateChoiceWindowRequest r, ServerCallContext c) => windows.SetRateChoiceWindowAsync(r.Window, c.CancellationToken);

    public override Task<WishWindow> SetWishWindow(SetWishWindowRequest r, ServerCallContext c) => windows.SetWishWindowAsync(r.Window, c.CancellationToken);

    public override async Task<ListRateChoicesResponse> ListRateChoices(ListRateChoicesRequest r, ServerCallContext c)
    {
        var (items, next) = await resources.ListAsync<RateChoice>(r.Parent, r.PageSize, r.PageToken, SelfServiceKinds.RateChoice, c.CancellationToken).ConfigureAwait(false);
        return new ListRateChoicesResponse { RateChoices = { items }, NextPageToken = next };
    }
}
