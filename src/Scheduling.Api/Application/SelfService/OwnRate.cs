using Scheduling.Api.Storage;
using Scheduling.Domain.SelfService;

namespace Scheduling.Api.Application.SelfService;

/// <summary>
/// An employee's rate as they see it: the rate on their record (null when it has none), their full time per week, their
/// latest choice per year (by year), and the unit's rate choice window to show (the open one, else the next, else the
/// last; null when there is none) as stored, whether it is open today and the rates it offers, ascending.
/// </summary>
public sealed record OwnRate(
    string Employee, double? EmploymentRate, int FullTimeWeeklyMinutes, IReadOnlyList<RateChoice> Chosen,
    StoredWindow<RateChoiceWindowDto>? Window, bool WindowOpen, IReadOnlyList<double> OfferedRates);
