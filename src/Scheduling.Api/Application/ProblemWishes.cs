using Scheduling.Api.V1;

namespace Scheduling.Api.Application;

/// <summary>A problem takes each wish once: the rule every problem the service solves or reviews is read with.</summary>
public static class ProblemWishes
{
    /// <summary>
    /// One wish per employee, date, kind and shift, at the heaviest weight it was given (by the manager, the employee, or
    /// stored twice before the service refused duplicates).
    /// </summary>
    public static void Collapse(Problem problem)
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
