using Google.Protobuf;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Domain.Files;

namespace Scheduling.Api.Mapping;

/// <summary>
/// A problem message is the problem file in its canonical JSON form: read as the domain problem by the domain's problem
/// file reader (its validation and field paths, no second copy of the rules), by the store (its rows) and the service
/// edge (a request) alike.
/// </summary>
public static class ProblemFileMapping
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default);

    /// <summary>The problem file form of a problem (what the CLI reads).</summary>
    public static string Json(Problem problem) => Formatter.Format(problem);

    /// <summary>The domain problem of a problem file; <see cref="ProblemValidationException"/> naming each bad field.</summary>
    public static RosterProblem Read(Problem file) => ProblemFileReader.Read(Json(file));

    /// <summary>
    /// One wish per employee, date, kind and shift, at the heaviest weight it was given (by the manager, the employee, or
    /// stored twice before the service refused duplicates): a problem takes each wish once.
    /// </summary>
    public static void CollapseWishes(Problem problem)
    {
        static int Weight(WishSpec w) => w.HasWeight ? w.Weight : 1;
        var collapsed = problem.Wishes
            .GroupBy(w => (w.Employee, w.Date, w.Kind, w.Shift ?? ""))
            .Select(g => g.OrderByDescending(Weight).First())
            .ToList();
        if (collapsed.Count == problem.Wishes.Count) return;
        problem.Wishes.Clear();
        problem.Wishes.AddRange(collapsed);
    }
}
