using Scheduling.Domain;

namespace Scheduling.Api.Application.Review;

/// <summary>
/// A wish as a caller asks it priced (<see cref="WishPrices"/>), before it is checked against the roster's problem: the
/// employee, the date as written ("yyyy-MM-dd"), the kind (null: not given), the shift code (empty for none) and the
/// weight (null: the default, 1). Kept as asked so that every field that does not fit the problem is reported at once.
/// </summary>
public sealed record WishQuery(string Employee, string Date, WishKind? Kind, string Shift, int? Weight);
