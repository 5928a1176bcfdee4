using Google.Protobuf;
using Scheduling.Domain;
using Scheduling.Domain.Files;

namespace Scheduling.Api.Storage.Encoding;

/// <summary>
/// A job's problem as the store keeps it: the contract's problem message, read as the domain problem through its
/// canonical JSON form by the domain's problem file reader (its validation and field paths, no second copy of the rules).
/// </summary>
internal static class ProblemEncoding
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default);

    public static byte[] Encode(V1.Problem problem) => problem.ToByteArray();

    /// <summary>The stored problem file, each wish once (<see cref="CollapseWishes"/>).</summary>
    public static V1.Problem Decode(byte[] body)
    {
        var file = V1.Problem.Parser.ParseFrom(body);
        CollapseWishes(file);
        return file;
    }

    /// <summary>The problem file form of a problem (what the CLI reads).</summary>
    public static string Json(V1.Problem problem) => Formatter.Format(problem);

    /// <summary>The domain problem of a problem file; <see cref="ProblemValidationException"/> naming each bad field.</summary>
    public static RosterProblem Read(V1.Problem file) => ProblemFileReader.Read(Json(file));

    /// <summary>
    /// One wish per employee, date, kind and shift, at the heaviest weight it was given (by the manager, the employee, or
    /// stored twice before the service refused duplicates): a problem takes each wish once.
    /// </summary>
    public static void CollapseWishes(V1.Problem problem)
    {
        static int Weight(V1.WishSpec w) => w.HasWeight ? w.Weight : 1;
        var collapsed = problem.Wishes
            .GroupBy(w => (w.Employee, w.Date, w.Kind, w.Shift ?? ""))
            .Select(g => g.OrderByDescending(Weight).First())
            .ToList();
        if (collapsed.Count == problem.Wishes.Count) return;
        problem.Wishes.Clear();
        problem.Wishes.AddRange(collapsed);
    }
}
