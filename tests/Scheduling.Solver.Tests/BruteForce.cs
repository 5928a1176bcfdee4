using Scheduling.Domain;
using Scheduling.Domain.Checking;

namespace Scheduling.Solver.Tests;

/// <summary>Enumerates every roster of a tiny problem and scores each with the rule checker.</summary>
internal static class BruteForce
{
    /// <summary>The least penalty over all rosters without hard violations, or null when there is none.</summary>
    public static long? Optimum(RosterProblem problem)
    {
        var cells = problem.Employees.SelectMany(e => problem.Period.Dates.Select(d => (e.Id, d))).ToArray();
        var choices = problem.Templates.Length + 1;
        long? best = null;
        var pick = new int[cells.Length];
        while (true)
        {
            var roster = new Roster([.. cells.Select((c, i) => pick[i] == 0 ? null : new Assignment(c.Id, c.d, problem.Templates[pick[i] - 1].Code)).OfType<Assignment>()]);
            var evaluation = RuleChecker.Evaluate(problem, roster);
            if (evaluation.IsFeasible && (best is null || evaluation.Penalty < best)) best = evaluation.Penalty;
            var k = 0;
            while (k < cells.Length && ++pick[k] == choices) pick[k++] = 0;
            if (k == cells.Length) return best;
        }
    }

    public static long RosterCount(RosterProblem problem) =>
        (long)Math.Pow(problem.Templates.Length + 1, problem.Employees.Length * problem.Period.Days);
}
