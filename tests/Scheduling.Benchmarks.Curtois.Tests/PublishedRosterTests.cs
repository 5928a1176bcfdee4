using Scheduling.Domain.Checking;

namespace Scheduling.Benchmarks.Curtois.Tests;

/// <summary>
/// Rosters whose objective their authors published (published-rosters/PROVENANCE.md): the product's
/// rule checker, reading the instance through the importer, must find each feasible and score it exactly.
/// </summary>
public class PublishedRosterTests
{
    [Theory]
    [InlineData("Instance2", 828)]
    [InlineData("Instance4", 1716)]
    [InlineData("Instance8", 1341)]
    public void The_checker_scores_a_published_roster_feasible_at_its_published_objective(string instance, long published)
    {
        var problem = CurtoisImporter.Load(SharedInstances.PathOf(instance + ".txt"));
        var roster = RosterCsv.Load(SharedInstances.PathOf(Path.Combine("published-rosters", instance + ".solution.csv")), problem);

        var evaluation = RuleChecker.Evaluate(problem, roster);

        Assert.True(evaluation.IsFeasible, string.Join("\n", evaluation.HardViolations.Select(v => v.Message)));
        Assert.Equal(published, evaluation.Penalty);
    }
}
