namespace Scheduling.Domain.SelfService;

/// <summary>
/// A rate choice window as a manager wrote it, unchecked: the item its resource kind checks field by field (so each
/// mistake is reported on its own field) before it is read as a <see cref="RateChoiceWindow"/>. The last segment of
/// its resource name (<c>units/{unit}/rateChoiceWindows/{year}</c>) is the year; the range's numbers mean something only with <see cref="HasOfferedRange"/>.
/// </summary>
public sealed record RateChoiceWindowDto(
    string Name, string Opens, string Closes, IReadOnlyList<double> OfferedRates, bool HasOfferedRange, double RangeFrom, double RangeTo, double RangeStep, bool Closed);
