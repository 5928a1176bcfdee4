using Scheduling.Quality.Units;
using Scheduling.Solver;

namespace Scheduling.Quality.Tests;

public class RunnerOptionsTests
{
    [Fact]
    public void Units_and_cores_are_read_and_both_cores_run_by_default()
    {
        var options = RunnerOptions.Parse(["--units", "20x28,150x112", "--time-limit", "10", "--out", "o"]);

        Assert.Equal([new UnitSize(20, 28), new UnitSize(150, 112)], options.Units);
        Assert.Equal([SolverCore.Decomposition, SolverCore.Baseline], options.Cores);
        Assert.Null(options.Instances);
        Assert.Equal(10, options.TimeLimitSeconds);
    }

    [Fact]
    public void Cores_are_named_in_lower_case_and_kept_in_order()
    {
        var options = RunnerOptions.Parse(["--units", "7x28", "--cores", "baseline,Decomposition", "--time-limit", "1", "--out", "o"]);

        Assert.Equal([SolverCore.Baseline, SolverCore.Decomposition], options.Cores);
        Assert.Equal("baseline", RunnerOptions.NameOf(SolverCore.Baseline));
    }

    [Fact]
    public void Generate_writes_a_file_and_needs_nothing_else()
    {
        var options = RunnerOptions.Parse(["--generate", "50x56", "--seed", "3", "--write", "u.json"]);

        Assert.Equal(new UnitSize(50, 56), options.Generate);
        Assert.Equal("u.json", options.Write);
        Assert.Equal(3, options.Seed);
    }

    [Theory]
    [InlineData("--time-limit 10 --out o", "--instances DIR or --units SIZES is required")]
    [InlineData("--units 20x28 --out o", "--time-limit SECONDS is required")]
    [InlineData("--units 20x28 --time-limit 10", "--out OUTDIR is required")]
    [InlineData("--units 20x28 --cores fast --time-limit 10 --out o", "unknown core 'fast'")]
    [InlineData("--units 20x28 --cores 1 --time-limit 10 --out o", "unknown core '1'")]
    [InlineData("--units 5x28 --time-limit 10 --out o", "staff must be from 7 to 150")]
    [InlineData("--units 20x200 --time-limit 10 --out o", "days from 28 to 112")]
    [InlineData("--units twenty --time-limit 10 --out o", "is not STAFFxDAYS")]
    [InlineData("--units 20x28 --only Instance2 --time-limit 10 --out o", "--only picks Curtois instances")]
    [InlineData("--generate 20x28", "--generate needs --write FILE")]
    [InlineData("--write u.json", "--write FILE goes with --generate")]
    [InlineData("--generate 20x28 --write u.json --units 7x28", "it does not solve")]
    public void A_bad_command_line_says_what_is_wrong(string line, string message)
    {
        var error = Assert.Throws<UsageException>(() => RunnerOptions.Parse(line.Split(' ')));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
