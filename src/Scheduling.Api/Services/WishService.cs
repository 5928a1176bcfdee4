using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Scheduling.Api.Application.Units;
using Scheduling.Api.V1;

namespace Scheduling.Api.Services;

/// <summary>WishService: a unit's wishes, pins and unavailable days.</summary>
public sealed class WishService(Resources resources) : V1.WishService.WishServiceBase
{
    public override Task<Wish> GetWish(GetWishRequest r, ServerCallContext c) => resources.GetAsync<Wish>(r.Name, ResourceKinds.Wish, c.CancellationToken);

    public override async Task<ListWishesResponse> ListWishes(ListWishesRequest r, ServerCallContext c)
    {
        var (items, next) = await resources.ListAsync<Wish>(r.Parent, r.PageSize, r.PageToken, ResourceKinds.Wish, c.CancellationToken).ConfigureAwait(false);
        return new ListWishesResponse { Wishes = { items }, NextPageToken = next };
    }

    public override Task<Wish> CreateWish(CreateWishRequest r, ServerCallContext c) => resources.CreateAsync(r.Parent, r.WishId, r.Wish, ResourceKinds.Wish, c.CancellationToken);

    public override Task<Wish> UpdateWish(UpdateWishRequest r, ServerCallContext c) => resources.UpdateAsync(r.Wish, r.UpdateMask, ResourceKinds.Wish, c.CancellationToken);

    public override async Task<Empty> DeleteWish(DeleteWishRequest r, ServerCallContext c)
    {
        await resources.DeleteAsync(r.Name, ResourceKinds.Wish, force: false, c.CancellationToken, r.Etag).ConfigureAwait(false);
        return new Empty();
    }

    public override Task<Pin> GetPin(GetPinRequest r, ServerCallContext c) => resources.GetAsync<Pin>(r.Name, ResourceKinds.Pin, c.CancellationToken);

    public override async Task<ListPinsResponse> ListPins(ListPinsRequest r, ServerCallContext c)
    {
        var (items, next) = await resources.ListAsync<Pin>(r.Parent, r.PageSize, r.PageToken, ResourceKinds.Pin, c.CancellationToken).ConfigureAwait(false);
        return new ListPinsResponse { Pins = { items }, NextPageToken = next };
    }

    public override Task<Pin> CreatePin(CreatePinRequest r, ServerCallContext c) => resources.CreateAsync(r.Parent, r.PinId, r.Pin, ResourceKinds.Pin, c.CancellationToken);

    public override Task<Pin> UpdatePin(UpdatePinRequest r, ServerCallContext c) => resources.UpdateAsync(r.Pin, r.UpdateMask, ResourceKinds.Pin, c.CancellationToken);

    public override async Task<Empty> DeletePin(DeletePinRequest r, ServerCallContext c)
    {
        await resources.DeleteAsync(r.Name, ResourceKinds.Pin, force: false, c.CancellationToken, r.Etag).ConfigureAwait(false);
        return new Empty();
    }

    public override Task<UnavailableDay> GetUnavailableDay(GetUnavailableDayRequest r, ServerCallContext c) => resources.GetAsync<UnavailableDay>(r.Name, ResourceKinds.UnavailableDay, c.CancellationToken);

    public override async Task<ListUnavailableDaysResponse> ListUnavailableDays(ListUnavailableDaysRequest r, ServerCallContext c)
    {
        var (items, next) = await resources.ListAsync<UnavailableDay>(r.Parent, r.PageSize, r.PageToken, ResourceKinds.UnavailableDay, c.CancellationToken).ConfigureAwait(false);
        return new ListUnavailableDaysResponse { UnavailableDays = { items }, NextPageToken = next };
    }

    public override Task<UnavailableDay> CreateUnavailableDay(CreateUnavailableDayRequest r, ServerCallContext c) => resources.CreateAsync(r.Parent, r.UnavailableDayId, r.UnavailableDay, ResourceKinds.UnavailableDay, c.CancellationToken);

    public override Task<UnavailableDay> UpdateUnavailableDay(UpdateUnavailableDayRequest r, ServerCallContext c) => resources.UpdateAsync(r.UnavailableDay, r.UpdateMask, ResourceKinds.UnavailableDay, c.CancellationToken);

    public override async Task<Empty> DeleteUnavailableDay(DeleteUnavailableDayRequest r, ServerCallContext c)
    {
        await resources.DeleteAsync(r.Name, ResourceKinds.UnavailableDay, force: false, c.CancellationToken, r.Etag).ConfigureAwait(false);
        return new Empty();
    }
}
