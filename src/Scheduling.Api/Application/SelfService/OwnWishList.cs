using Scheduling.Domain.SelfService;

namespace Scheduling.Api.Application.SelfService;

/// <summary>An employee's wishes (by date) and standing preferences, as <see cref="OwnWishes"/> answers them.</summary>
public sealed record OwnWishList(IReadOnlyList<EmployeeWish> Wishes, IReadOnlyList<StandingPreferenceDto> Preferences);
