using Scheduling.Domain.Rules;
using Scheduling.Solver.Rules;

namespace Scheduling.Solver.Tests;

/// <summary>The solver models exactly the rules the registry lists: none is found missing by a user.</summary>
public class ConstraintFamiliesTests
{
    [Fact]
    public void Every_registered_rule_has_a_constraint_family_and_every_family_a_registered_rule()
    {
        var registered = RuleRegistry.All.Select(d => d.RuleType).ToHashSet();

        Assert.Empty(registered.Except(ConstraintFamilies.RuleTypes).Select(t => t.Name));
        Assert.Empty(ConstraintFamilies.RuleTypes.Except(registered).Select(t => t.Name));
    }

    /// <summary>The objective-equals-checker property draws its problems here: it must meet every registered rule.</summary>
    [Fact]
    public void The_random_problems_of_the_properties_use_every_registered_rule()
    {
        // Rules about several units (continuity, pool-order) are drawn by the random problems of several units.
        var used = Enumerable.Range(0, 300).SelectMany(seed => RandomProblems.Create(seed).Rules.Rules.Concat(RandomUnits.Create(seed).Rules.Rules).Select(r => r.GetType())).ToHashSet();

        Assert.Empty(RuleRegistry.All.Select(d => d.RuleType).Except(used).Select(t => t.Name));
    }
}
