using Scheduling.Api.V1;

namespace Scheduling.Api.Mapping;

/// <summary>A wish to price as the domain reads its kind, and what granting it would cost as the contract writes it.</summary>
public static class WishCostMapping
{
    /// <summary>A wish's kind as the domain's; null when not given (UNSPECIFIED), which the pricing refuses.</summary>
    /// <summary>A wish kind as the contract names it; none given is UNSPECIFIED.</summary>
    public static V1.WishKind ToProto(Domain.WishKind? kind) => kind switch
    {
        Domain.WishKind.ShiftOn => V1.WishKind.ShiftOn,
        Domain.WishKind.ShiftOff => V1.WishKind.ShiftOff,
        Domain.WishKind.DayOff => V1.WishKind.DayOff,
        _ => V1.WishKind.Unspecified,
    };

    public static Domain.WishKind? ToDomain(V1.WishKind kind) => kind switch
    {
        V1.WishKind.ShiftOn => Domain.WishKind.ShiftOn,
        V1.WishKind.ShiftOff => Domain.WishKind.ShiftOff,
        V1.WishKind.DayOff => Domain.WishKind.DayOff,
        _ => null,
    };

    /// <summary>
    /// The cost of granting <paramref name="wish"/> against <paramref name="roster"/> (the wish echoed as asked), with the
    /// time limit the re-solve had and the time it took.
    /// </summary>
    public static V1.WishCost ToProto(string roster, WishSpec wish, Solver.WishCost cost, TimeSpan timeLimit, TimeSpan elapsed)
    {
        var proto = new V1.WishCost
        {
            Roster = roster,
            Wish = wish.Clone(),
            Status = SolveMapping.ToProto(cost.Status),
            PenaltyBefore = cost.PenaltyBefore,
            MinutesBelowMinimumBefore = cost.MinutesShortOfMinimumBefore,
            MinutesBelowIdealBefore = cost.MinutesShortOfIdealBefore,
            Changes =
            {
                cost.Changes.Select(c => new MovedShift { Employee = c.Employee.Value, Date = RosterMapping.Date(c.Date), ShiftBefore = c.Before?.Value ?? "", ShiftAfter = c.After?.Value ?? "" }),
            },
            AffectedEmployees = { cost.OthersAffected.Select(e => e.Value).Order(StringComparer.Ordinal) },
            OtherChanges = cost.Changes.Count(c => c.Employee != cost.Wish.Employee),
            OtherEmployeesAffected = cost.OthersAffected.Length,
            Conflicts = { cost.Conflicts.Select(SolveMapping.ToProto) },
            TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(timeLimit),
            Elapsed = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(elapsed),
        };
        proto.PenaltyDifferenceByRule.Add(cost.PenaltyDifferenceByRule);
        if (cost.PenaltyAfter is { } after) proto.PenaltyAfter = after;
        if (cost.PenaltyDifference is { } difference) proto.PenaltyDifference = difference;
        if (cost.CoverageDifferenceMinutes is { } minimum) proto.MinutesBelowMinimumDifference = minimum;
        if (cost.MinutesShortOfIdealAfter is { } ideal) proto.MinutesBelowIdealDifference = ideal - cost.MinutesShortOfIdealBefore;
        return proto;
    }
}
