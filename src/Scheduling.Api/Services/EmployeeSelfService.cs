using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Scheduling.Api.Application;
using Scheduling.Api.Application.Calendars;
using Scheduling.Api.Application.SelfService;
using Scheduling.Api.Auth;
using Scheduling.Api.Mapping;
using Scheduling.Api.Services.Mapping;
using Scheduling.Api.V1;

namespace Scheduling.Api.Services;

/// <summary>
/// EmployeeSelfService: the caller's own rate (<see cref="OwnRates"/>), wishes (<see cref="OwnWishes"/>) and roster
/// (<see cref="OwnData"/>); the employee is the token's. The contract's messages are mapped here, once.
/// </summary>
public sealed class EmployeeSelfService(OwnRates rates, OwnWishes wishes, OwnData self, CalendarFeeds feeds, Microsoft.Extensions.Options.IOptions<SchedulingOptions> options)
    : V1.EmployeeSelfService.EmployeeSelfServiceBase
{
    public override async Task<MyRate> GetMyRate(GetMyRateRequest r, ServerCallContext c) =>
        OwnRateMapping.ToProto(await rates.GetMyRateAsync(c.Caller(), c.CancellationToken).ConfigureAwait(false));

    public override async Task<RateChoice> ChooseMyRate(ChooseMyRateRequest r, ServerCallContext c) =>
        SelfServiceMapping.ToProto(await rates.ChooseMyRateAsync(c.Caller(), r.Rate, r.Year, c.CancellationToken).ConfigureAwait(false));

    public override async Task<ListRateChoicesResponse> ListMyRateChoices(ListMyRateChoicesRequest r, ServerCallContext c) =>
        new() { RateChoices = { (await rates.ListMyRateChoicesAsync(c.Caller(), c.CancellationToken).ConfigureAwait(false)).Select(SelfServiceMapping.ToProto) } };

    public override async Task<MyWishes> SubmitMyWishes(SubmitMyWishesRequest r, ServerCallContext c) =>
        OwnWishMapping.ToProto(await wishes.SubmitMyWishesAsync(
            c.Caller(), r.PeriodStart, [.. r.Wishes.Select(OwnWishMapping.ToSubmitted)], [.. r.Preferences.Select(SelfServiceMapping.ToDomain)], r.Replace, c.CancellationToken).ConfigureAwait(false));

    public override async Task<MyWishes> ListMyWishes(ListMyWishesRequest r, ServerCallContext c) =>
        OwnWishMapping.ToProto(await wishes.ListMyWishesAsync(c.Caller(), r.PeriodStart, c.CancellationToken).ConfigureAwait(false));

    public override async Task<Empty> DeleteMyWish(DeleteMyWishRequest r, ServerCallContext c)
    {
        await wishes.DeleteMyWishAsync(c.Caller(), r.Wish, c.CancellationToken).ConfigureAwait(false);
        return new Empty();
    }

    public override async Task<MyRoster> GetMyRoster(GetMyRosterRequest r, ServerCallContext c) =>
        OwnRosterMapping.ToProto(await self.GetMyRosterAsync(c.Caller(), r.Roster, r.PeriodStart, c.CancellationToken).ConfigureAwait(false));

    public override async Task<MyWishOutcomes> GetMyWishOutcomes(GetMyWishOutcomesRequest r, ServerCallContext c) =>
        OwnRosterMapping.ToProto(await self.GetMyWishOutcomesAsync(c.Caller(), r.Roster, r.PeriodStart, r.Language, c.CancellationToken).ConfigureAwait(false));

    public override async Task<WishCost> GetMyWishCost(GetMyWishCostRequest r, ServerCallContext c) =>
        OwnRosterMapping.ToProto(await self.GetMyWishCostAsync(c.Caller(), r.Wish, r.Roster, JobMapping.TimeLimit(r.TimeLimit), c.CancellationToken).ConfigureAwait(false));

    public override async Task<Google.Api.HttpBody> GetMyCalendar(GetMyCalendarRequest r, ServerCallContext c) =>
        CalendarBody(await feeds.MineAsync(c.Caller(), c.CancellationToken).ConfigureAwait(false));

    public override async Task<MyCalendarFeed> CreateMyCalendarFeed(CreateMyCalendarFeedRequest r, ServerCallContext c) =>
        CalendarFeedMapping.ToProto(await feeds.CreateAsync(c.Caller(), BaseUrl(c), c.CancellationToken).ConfigureAwait(false));

    public override async Task<MyCalendarFeed> GetMyCalendarFeed(GetMyCalendarFeedRequest r, ServerCallContext c) =>
        CalendarFeedMapping.ToProto(await feeds.GetAsync(c.Caller(), c.CancellationToken).ConfigureAwait(false));

    public override async Task<Empty> DeleteMyCalendarFeed(DeleteMyCalendarFeedRequest r, ServerCallContext c)
    {
        await feeds.DeleteAsync(c.Caller(), c.CancellationToken).ConfigureAwait(false);
        return new Empty();
    }

    /// <summary>A calendar as the JSON route answers it: the iCalendar text itself, content type text/calendar.</summary>
    public static Google.Api.HttpBody CalendarBody(string ical) =>
        new() { ContentType = CalendarFeeds.ContentType, Data = Google.Protobuf.ByteString.CopyFromUtf8(ical) };

    /// <summary>The service's public address: the setting, else the scheme and host the request came to.</summary>
    private string BaseUrl(ServerCallContext c)
    {
        if (options.Value.PublicBaseUrl is { Length: > 0 } configured) return configured;
        var request = c.GetHttpContext().Request;
        return $"{request.Scheme}://{request.Host}";
    }
}
