using Scheduling.Domain;
using Scheduling.Solver.Rules;

namespace Scheduling.Solver.Tests;

/// <summary>
/// A cancelled build stops at the next employee, in the structure and inside a rule's family, not only between families:
/// one family of a year-long unit takes seconds, and a solve must end by its limit.
/// </summary>
public sealed class ModelBuildCancellationTests
{
    private static readonly RosterProblem Problem = Examples.Load("care-home-solbacken.json");

    [Fact]
    public void The_structure_is_not_built_once_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => new ModelContext(Problem, explain: false, cancelled.Token));
    }

    [Fact]
    public void A_family_stops_when_its_build_is_cancelled()
    {
        using var build = new CancellationTokenSource();
        var context = new ModelContext(Problem, explain: false, build.Token);
        var rule = Problem.Rules.Rules.First(r => r.Id == Domain.Rules.RuleIds.DailyRest);
        var before = context.Model.Model.Constraints.Count;

        build.Cancel();

        Assert.Throws<OperationCanceledException>(() => ConstraintFamilies.For(rule).Add(context));
        Assert.Equal(before, context.Model.Model.Constraints.Count);
    }

    [Fact]
    public void An_uncancelled_family_adds_its_constraints()
    {
        var context = new ModelContext(Problem, explain: false, CancellationToken.None);
        var rule = Problem.Rules.Rules.First(r => r.Id == Domain.Rules.RuleIds.DailyRest);
        var before = context.Model.Model.Constraints.Count;

        ConstraintFamilies.For(rule).Add(context);

        Assert.True(context.Model.Model.Constraints.Count > before);
    }
}
