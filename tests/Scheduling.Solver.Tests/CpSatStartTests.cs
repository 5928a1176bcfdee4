using Google.OrTools.Sat;

namespace Scheduling.Solver.Tests;

/// <summary>The size CP-SAT reads a model at, which decides whether a whole model is handed to it in the time left.</summary>
public sealed class CpSatStartTests
{
    [Fact]
    public void Terms_count_variables_literals_and_linear_terms()
    {
        var model = new CpModel();
        var x = model.NewBoolVar("x");
        var y = model.NewBoolVar("y");
        var z = model.NewIntVar(0, 10, "z");
        model.Add(x + y + z <= 5);                          // 3 terms
        model.AddBoolOr([x, y]).OnlyEnforceIf(x.Not());     // 2 literals and 1 enforcement literal
        model.AddAtMostOne([x, y]);                         // 2 literals
        model.AddMaxEquality(z, [x, y]);                    // target 1, expressions 1 + 1

        Assert.Equal(3 + 3 + 3 + 2 + 3, CpSatStart.Terms(model.Model));
    }

    [Fact]
    public void The_estimate_grows_in_proportion_to_the_terms()
    {
        var small = Chain(1_000).Model;
        var large = Chain(2_000).Model;

        Assert.Equal(3 * 1_000 - 2, CpSatStart.Terms(small));
        Assert.Equal(3 * 2_000 - 2, CpSatStart.Terms(large));
        Assert.True(CpSatStart.Estimate(small) > TimeSpan.Zero);
        Assert.Equal(CpSatStart.Estimate(small).Ticks * CpSatStart.Terms(large), CpSatStart.Estimate(large).Ticks * CpSatStart.Terms(small));
    }

    /// <summary>n booleans, each at most the next: n variables and 2 (n - 1) terms.</summary>
    private static CpModel Chain(int n)
    {
        var model = new CpModel();
        var vars = Enumerable.Range(0, n).Select(i => model.NewBoolVar($"b{i}")).ToArray();
        for (var i = 1; i < n; i++) model.Add(vars[i - 1] <= vars[i]);
        return model;
    }
}
