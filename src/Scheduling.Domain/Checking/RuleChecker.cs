using Scheduling.Domain.Rules;

namespace Scheduling.Domain.Checking;

/// <summary>
/// The referee: computes every hard violation and the soft penalty of a roster, by rule, straight from
/// the rules' definitions (<see cref="RuleRegistry"/>). It shares no code with the CP-SAT model, so that each checks the other.
/// </summary>
public static class RuleChecker
{
    public static Evaluation Evaluate(RosterProblem problem, Roster roster)
    {
        var violations = new List<Violation>();
        var context = new CheckContext(problem, roster, violations);
        new StructuralCheck().Check(context, violations);
        foreach (var rule in problem.Rules.Rules)
            RuleRegistry.Of(rule).Check(rule).Check(context, violations);
        if (problem.History.IsEmpty) return new Evaluation([.. violations]);
        return new Evaluation([.. violations.Select(v => v.Dates.Any(d => d < problem.Period.Start) ? v with { InvolvesHistory = true } : v)]);
    }
}
