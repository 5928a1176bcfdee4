using Scheduling.Domain.Review;

namespace Scheduling.Api.Mapping;

/// <summary>A roster's lifecycle state between the contract and the domain: the same names at the same numbers (pinned by a test).</summary>
public static class RosterStateMapping
{
    public static ReviewState ToDomain(this V1.RosterState state) => (ReviewState)(int)state;

    public static V1.RosterState ToProto(this ReviewState state) => (V1.RosterState)(int)state;
}
