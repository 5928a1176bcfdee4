using Scheduling.Api.Application.Review;

namespace Scheduling.Api.Application.SelfService;

/// <summary>What granting one of an employee's own wishes would cost against a published roster: the roster, the wish as priced, the price.</summary>
public sealed record OwnWishCost(string Roster, WishQuery Wish, PricedWish Priced);
