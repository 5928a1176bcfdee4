using Scheduling.Domain.Files;

namespace Scheduling.Domain.SelfService;

/// <summary>
/// A wish window as a manager wrote it, unchecked: the item its resource kind checks field by field before it is read
/// as a <see cref="WishWindow"/>. The last segment of its resource name (<c>units/{unit}/wishWindows/{start}</c>) is
/// the period's first day; the period is the problem file's (<see cref="PeriodDto"/>), null when none was given.
/// </summary>
public sealed record WishWindowDto(string Name, PeriodDto? Period, string Opens, string Closes, int? MaxMustWishes, bool Closed);
