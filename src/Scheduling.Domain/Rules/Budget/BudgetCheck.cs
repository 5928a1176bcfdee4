using Scheduling.Domain.Checking;
using Scheduling.Domain.Cost;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>budget: the roster's whole cost, every kind in whole kronor per line, is at most the unit's budget.</summary>
internal sealed class BudgetCheck(BudgetRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        if (context.Problem.Cost?.Budget is not { } budget) return;
        var cost = RosterCost.Compute(context.Problem, new Roster([.. context.Shifts.Values.SelectMany(s => s).Select(s => s.Assignment)]));
        var over = cost.Kronor - budget;
        if (over > 0)
            violations.Add(Broken(rule, null, [], over,
                $"schemat kostar {cost.Kronor} kr mot en budget på {budget} kr ({CostCheck.Kinds(cost.Lines)})", $"the roster costs {cost.Kronor} kr against a budget of {budget} kr ({CostCheck.Kinds(cost.Lines)})"));
    }
}
