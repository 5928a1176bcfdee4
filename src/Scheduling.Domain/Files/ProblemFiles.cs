namespace Scheduling.Domain.Files;

/// <summary>
/// What the service does to a problem file as a whole before it reads it: copies it to change a part (a re-solve's
/// pins, the unit's current unavailable days) and takes each wish once.
/// </summary>
public static class ProblemFiles
{
    /// <summary>A deep copy of <paramref name="file"/> (through its JSON form), so changing the copy leaves the original as it was.</summary>
    public static ProblemFile Copy(ProblemFile file) =>
        JsonSerializer.Deserialize<ProblemFile>(JsonSerializer.SerializeToUtf8Bytes(file, ProblemFileReader.JsonOptions), ProblemFileReader.JsonOptions)!;

    /// <summary>
    /// One wish per employee, date, kind and shift, at the heaviest weight it was given (by the manager, the employee, or
    /// stored twice before the service refused duplicates): a problem takes each wish once. The first of each such
    /// wish keeps its place; of equal weights, the first is kept.
    /// </summary>
    public static void CollapseWishes(ProblemFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Wishes is not { } wishes) return;
        var collapsed = wishes
            .GroupBy(w => (w.Employee ?? "", w.Date ?? "", w.Kind ?? "", w.Shift ?? ""))
            .Select(g => g.OrderByDescending(w => w.Weight ?? 1).First())
            .ToList();
        if (collapsed.Count < wishes.Count) file.Wishes = collapsed;
    }
}
