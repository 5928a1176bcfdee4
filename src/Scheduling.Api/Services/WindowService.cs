using Grpc.Core;
using Scheduling.Api.Application.Units;
using Scheduling.Api.V1;

namespace Scheduling.Api.Services;

/// <summary>
/// WindowService: a unit's rate choice and wish windows, and its employees' rate choices: the standard methods over the
/// stored resources (<see cref="Resources"/>), each window checked by its kind (<see cref="SelfServiceKinds"/>). Whether
/// one is open is the self-service application's (<c>Application/Windows</c>).
/// </summary>
public sealed class WindowService(Resources resources) : V1.WindowService.WindowServiceBase
{
    public override async Task<V1.Windows> GetWindows(GetWindowsRequest r, ServerCallContext c)
    {
        await resources.GetAsync<V1.Unit>(r.Unit, ResourceKinds.Unit, c.CancellationToken).ConfigureAwait(false);
        return new V1.Windows
        {
            RateChoiceWindows = { await resources.AllAsync<RateChoiceWindow>(r.Unit, SelfServiceKinds.RateChoiceWindow, c.CancellationToken).ConfigureAwait(false) },
            WishWindows = { await resources.AllAsync<WishWindow>(r.Unit, SelfServiceKinds.WishWindow, c.CancellationToken).ConfigureAwait(false) },
        };
    }

    public override Task<RateChoiceWindow> SetRateChoiceWindow(SetRateChoiceWindowRequest r, ServerCallContext c) =>
        resources.PutAsync(r.Window, SelfServiceKinds.RateChoiceWindow, c.CancellationToken);

    /// <summary>A wish window whose period gives no first day is for the period its name (its id) starts.</summary>
    public override Task<WishWindow> SetWishWindow(SetWishWindowRequest r, ServerCallContext c)
    {
        var window = r.Window;
        if (window is { Period: { StartDate.Length: 0 } })
        {
            window = window.Clone();
            window.Period.StartDate = window.Name[(window.Name.LastIndexOf('/') + 1)..];
        }

        return resources.PutAsync(window, SelfServiceKinds.WishWindow, c.CancellationToken);
    }

    public override async Task<ListRateChoicesResponse> ListRateChoices(ListRateChoicesRequest r, ServerCallContext c)
    {
        var (items, next) = await resources.ListAsync<RateChoice>(r.Parent, r.PageSize, r.PageToken, SelfServiceKinds.RateChoice, c.CancellationToken).ConfigureAwait(false);
        return new ListRateChoicesResponse { RateChoices = { items }, NextPageToken = next };
    }
}
