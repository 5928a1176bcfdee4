using Scheduling.Api.Application.SelfService;
using Scheduling.Api.Mapping;

namespace Scheduling.Api.Services.Mapping;

/// <summary>An employee's own roster, outcomes and wish cost (<see cref="OwnData"/>) as the contract's messages.</summary>
public static class OwnRosterMapping
{
    public static V1.MyRoster ToProto(OwnRoster own) => new()
    {
        Roster = own.Roster.Name,
        Period = RosterMapping.PeriodOf(own.Roster),
        Assignments = { RosterMapping.InStoredOrder(own.Roster.Assignments) },
        Hours = own.Hours is { } hours ? ReportMapping.ToProto(hours, own.Fairness) : null,
        CreateTime = RosterMapping.Time(own.Roster.Created),
    };

    public static V1.MyWishOutcomes ToProto(OwnOutcomes outcomes) => new()
    {
        Roster = outcomes.Roster,
        Outcomes = { outcomes.Wishes.Select(w => ReportMapping.ToProto(w, own: true)) },
        Preferences = { outcomes.Preferences.Select(ReportMapping.ToProto) },
        Language = Domain.Reporting.ReportLanguages.Code(outcomes.Language),
    };

    public static V1.WishCost ToProto(OwnWishCost cost)
    {
        var wish = cost.Wish;
        var spec = new V1.WishSpec { Employee = wish.Employee, Date = wish.Date, Kind = WishCostMapping.ToProto(wish.Kind) };
        if (wish.Weight is { } weight) spec.Weight = weight;
        if (wish.Shift.Length > 0) spec.Shift = wish.Shift;
        return WishCostMapping.ToProto(cost.Roster, spec, cost.Priced.Cost, cost.Priced.TimeLimit, cost.Priced.Elapsed);
    }
}
