using Scheduling.Api.Mapping;
using Scheduling.Api.V1;
using Scheduling.Domain;

namespace Scheduling.Api.Application;

/// <summary>
/// The application's name for the contract's problem reading (<see cref="ProblemFileMapping"/>), kept for the use cases
/// not yet moved off proto (issue 16): a <see cref="Problem"/> is the problem file in its canonical JSON form.
/// </summary>
public static class DomainReader
{
    /// <summary>The problem file form of a problem (what the CLI reads).</summary>
    public static string Json(Problem problem) => ProblemFileMapping.Json(problem);

    /// <summary>The domain problem of a problem file; <see cref="ProblemValidationException"/> naming each bad field.</summary>
    public static RosterProblem Problem(Problem file) => ProblemFileMapping.Read(file);

    /// <summary>One wish per employee, date, kind and shift, at the heaviest weight it was given (see <see cref="ProblemFileMapping.CollapseWishes"/>).</summary>
    public static void CollapseWishes(Problem problem) => ProblemFileMapping.CollapseWishes(problem);
}
