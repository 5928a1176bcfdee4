using Scheduling.Domain;
using Scheduling.Domain.Rules;
using Scheduling.Solver.Rules;

namespace Scheduling.Solver;

/// <summary>Builds the CP-SAT model of a problem: the structure, then one constraint family per rule in the pack (<see cref="ConstraintFamilies"/>).</summary>
internal static class ModelBuilder
{
    /// <summary>
    /// Builds the model; a cancelled build stops between constraint families and between the employees within one, with
    /// <see cref="OperationCanceledException"/> (a large model takes seconds, and a cancelled job must not hold its worker
    /// for them).
    /// </summary>
    public static ModelContext Build(RosterProblem problem, bool explain = false, CancellationToken cancellation = default)
    {
        var context = new ModelContext(problem, explain, cancellation);
        foreach (var (rule, family) in Families(problem.Rules))
        {
            cancellation.ThrowIfCancellationRequested();
            context.CurrentRule = rule;
            family.Add(context);
        }
        // Explaining infeasibility needs no objective: only which guards cannot hold together.
        if (!explain) context.SetObjective();
        return context;
    }

    private static IEnumerable<(string Rule, IConstraintFamily Family)> Families(RulePack pack)
    {
        yield return (RuleIds.NoOverlap, new NoOverlap());
        foreach (var rule in pack.Rules)
            yield return (rule.Id, ConstraintFamilies.For(rule));
    }
}
