using Scheduling.Api.Application.SelfService;
using Scheduling.Api.Mapping;

namespace Scheduling.Api.Services.Mapping;

/// <summary>An employee's own wishes between the contract and <see cref="OwnWishes"/>: a submitted wish as given (unset fields null), a list back.</summary>
public static class OwnWishMapping
{
    public static SubmittedWish ToSubmitted(V1.MyWish wish) =>
        new(wish.Date, SelfServiceMapping.Kind(wish.Kind), wish.Shift, SelfServiceMapping.PriorityOrUnset(wish.Priority));

    public static V1.MyWishes ToProto(OwnWishList list) => new()
    {
        Wishes = { list.Wishes.Select(SelfServiceMapping.ToProto) },
        Preferences = { list.Preferences.Select(SelfServiceMapping.ToProto) },
    };
}
