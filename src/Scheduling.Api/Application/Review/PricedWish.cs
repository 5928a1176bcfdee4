namespace Scheduling.Api.Application.Review;

/// <summary>
/// What granting a wish would cost against a roster (<see cref="Solver.WishCost"/>), with the time limit the re-solve had
/// (the asked one or the default) and the time the pricing took.
/// </summary>
public sealed record PricedWish(Solver.WishCost Cost, TimeSpan TimeLimit, TimeSpan Elapsed);
