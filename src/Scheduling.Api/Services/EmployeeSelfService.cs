using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Scheduling.Api.Application.SelfService;
using Scheduling.Api.Auth;
using Scheduling.Api.V1;

namespace Scheduling.Api.Services;

/// <summary>EmployeeSelfService: the caller's own rate, wishes and roster (the employee is the token's).</summary>
public sealed class EmployeeSelfService(OwnData self) : V1.EmployeeSelfService.EmployeeSelfServiceBase
{
    public override Task<MyRate> GetMyRate(GetMyRateRequest r, ServerCallContext c) => self.GetMyRateAsync(c.Caller(), c.CancellationToken);

    public override Task<RateChoice> ChooseMyRate(ChooseMyRateRequest r, ServerCallContext c) => self.ChooseMyRateAsync(c.Caller(), r.Rate, r.Year, c.CancellationToken);

    public override async Task<ListRateChoicesResponse> ListMyRateChoices(ListMyRateChoicesRequest r, ServerCallContext c) =>
        new() { RateChoices = { await self.ListMyRateChoicesAsync(c.Caller(), c.CancellationToken).ConfigureAwait(false) } };

    public override Task<MyWishes> SubmitMyWishes(SubmitMyWishesRequest r, ServerCallContext c) => self.SubmitMyWishesAsync(c.Caller(), r, c.CancellationToken);

    public override Task<MyWishes> ListMyWishes(ListMyWishesRequest r, ServerCallContext c) => self.ListMyWishesAsync(c.Caller(), r.PeriodStart, c.CancellationToken);

    public override async Task<Empty> DeleteMyWish(DeleteMyWishRequest r, ServerCallContext c)
    {
        await self.DeleteMyWishAsync(c.Caller(), r.Wish, c.CancellationToken).ConfigureAwait(false);
        return new Empty();
    }

    public override Task<MyRoster> GetMyRoster(GetMyRosterRequest r, ServerCallContext c) => self.GetMyRosterAsync(c.Caller(), r.Roster, r.PeriodStart, c.CancellationToken);

    public override Task<MyWishOutcomes> GetMyWishOutcomes(GetMyWishOutcomesRequest r, ServerCallContext c) =>
        self.GetMyWishOutcomesAsync(c.Caller(), r.Roster, r.PeriodStart, r.Language, c.CancellationToken);

    public override Task<WishCost> GetMyWishCost(GetMyWishCostRequest r, ServerCallContext c) => self.GetMyWishCostAsync(c.Caller(), r.Wish, r.Roster, r.TimeLimit, c.CancellationToken);
}
