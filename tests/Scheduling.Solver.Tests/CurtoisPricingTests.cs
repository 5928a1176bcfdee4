using Scheduling.Benchmarks.Curtois;
using Scheduling.Domain;
using Scheduling.Solver.Decomposition;
using Xunit.Abstractions;

namespace Scheduling.Solver.Tests;

/// <summary>
/// The decomposition's dynamic program on the year-long public instances: per-template caps above zero (46 early shifts
/// of 364 days) and a band of total minutes two shifts wide. A program that ignores the caps proposes nothing the checker
/// accepts, and the first round then waits on CP-SAT for every employee (ten seconds each on a year), past any time limit.
/// </summary>
public class CurtoisPricingTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("Instance22")]
    [InlineData("Instance24")]
    public void The_program_gives_employees_of_a_year_long_instance_a_schedule_the_checker_accepts(string instance)
    {
        var problem = CurtoisImporter.Load(Path.Combine(SharedFolder(), instance + ".txt"));
        var refused = new List<string>();
        // A handful of employees, each with other templates capped (the program takes seconds a person on a year).
        var employees = Enumerable.Range(0, problem.Employees.Length).Where(e => e % 12 == 0).ToList();
        foreach (var e in employees)
        {
            var program = new DynamicPricing(new PricingModel(problem, e));
            // The first round's prices: what a person present is worth to an empty roster (each shift worth the same here).
            var duals = new long[problem.Period.Days, problem.Templates.Length];
            for (var d = 0; d < problem.Period.Days; d++)
                for (var t = 0; t < problem.Templates.Length; t++)
                    duals[d, t] = 100 * 64L;
            if (program.Price(duals, 64).Count == 0) refused.Add($"{problem.Employees[e].Id} broke {program.Refusals}");
        }

        output.WriteLine($"{employees.Count - refused.Count} of {employees.Count} employees with a schedule");
        Assert.True(refused.Count == 0, $"{refused.Count} of {employees.Count} without a schedule: {string.Join(" | ", refused.Take(5))}");
    }

    private static string SharedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Scheduling.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "benchmarks", "curtois"));
        throw new DirectoryNotFoundException($"no folder holding Scheduling.sln above {AppContext.BaseDirectory}");
    }
}
