using System.Collections.Immutable;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Api.Storage.Encoding;

namespace Scheduling.Api.Application;

/// <summary>
/// The one reading of the contract's forms as domain types, shared by the store (its rows) and the service edge (a
/// request): a <see cref="Problem"/> is the problem file in its canonical JSON form, read by the domain's problem file
/// reader (its validation and field paths, no second copy of the rules); a roster's assignments are the domain roster.
/// </summary>
public static class DomainReader
{
    /// <summary>The problem file form of a problem (what the CLI reads).</summary>
    public static string Json(Problem problem) => ProblemEncoding.Json(problem);

    /// <summary>The domain problem of a problem file; <see cref="ProblemValidationException"/> naming each bad field.</summary>
    public static RosterProblem Problem(Problem file) => ProblemEncoding.Read(file);

    /// <summary>
    /// A stored problem file as the domain problem: each wish once, at the heaviest weight it was stored with (a job
    /// queued before the service refused a wish twice may have one twice, at two weights).
    /// </summary>
    public static StoredProblem Stored(Problem file)
    {
        var once = file.Clone();
        CollapseWishes(once);
        return new StoredProblem(once, Problem(once));
    }

    /// <summary>One wish per employee, date, kind and shift, at the heaviest weight it was given (see <see cref="ProblemEncoding.CollapseWishes"/>).</summary>
    public static void CollapseWishes(Problem problem) => ProblemEncoding.CollapseWishes(problem);

    /// <summary>The domain roster of a roster's assignments.</summary>
    public static Domain.Roster Roster(V1.Roster roster) => RosterEncoding.Assignments(roster);

    /// <summary>A roster's pins as the domain's.</summary>
    public static ImmutableArray<Domain.Pin> Pins(IEnumerable<PinSpec> pins) => RosterEncoding.Pins(pins);
}
