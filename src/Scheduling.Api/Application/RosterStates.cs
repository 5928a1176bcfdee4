using Scheduling.Domain.Review;

namespace Scheduling.Api.Application;

/// <summary>A roster's place in its lifecycle as the contract spells it (PROPOSED, APPROVED, PUBLISHED, SUPERSEDED).</summary>
public static class RosterStates
{
    /// <summary>The state's name; a roster stored before versions (UNSPECIFIED) reads as PROPOSED.</summary>
    public static string Text(ReviewState state) => state == ReviewState.Unspecified ? "PROPOSED" : Domain.Files.ProblemFileReader.UpperSnake(state.ToString());
}
