using Scheduling.Domain.Files;
using Scheduling.Quality.Units;

namespace Scheduling.Quality.Tests;

/// <summary>The runner end to end: each solve in a child process, a row per (instance, core), tables rewritten as it goes.</summary>
public sealed class QualityRunnerTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), "quality-runner-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
    }

    /// <summary>The runner built beside the tests, started through the same dotnet host as they are.</summary>
    private static ChildLauncher Runner()
    {
        var dotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        return new ChildLauncher(dotnet, [Path.Combine(AppContext.BaseDirectory, "Scheduling.Quality.dll")]);
    }

    /// <summary>A stand-in child: a shell script given the child's arguments as $1, $2, ….</summary>
    private static ChildLauncher Script(string script) => new("/bin/sh", ["-c", script, "child"]);

    private (int Code, string Out, string Error) Run(ChildLauncher launcher, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = QualityRunner.Run([.. args, "--out", output], stdout, stderr, launcher);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string[] CsvLines() => File.ReadAllText(Path.Combine(output, QualityRunner.CsvFile)).TrimEnd('\n').Split('\n');

    private static string Cell(string line, string column) => line.Split(',')[Array.IndexOf(ResultRow.Columns, column)];

    [Fact]
    public void A_generated_unit_is_solved_in_a_child_with_its_own_peak_memory_and_the_lp_bound_beside_it()
    {
        var (code, stdout, stderr) = Run(Runner(), "--units", "7x28", "--cores", "baseline", "--time-limit", "3", "--workers", "2");

        Assert.True(code == QualityRunner.Ok, stderr);
        var lines = CsvLines();
        Assert.Equal(2, lines.Length);
        var row = lines[1];
        Assert.Equal("unit", Cell(row, "kind"));
        Assert.Equal("unit-7x28-s0", Cell(row, "instance"));
        Assert.Equal("7x28", Cell(row, "size"));
        Assert.Equal("baseline", Cell(row, "core"));
        Assert.True(Cell(row, "status") is "optimal" or "feasible" or "unknown", Cell(row, "status"));
        Assert.True(long.Parse(Cell(row, "peak_mib"), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.InRange(double.Parse(Cell(row, "lp_bound_percent"), System.Globalization.CultureInfo.InvariantCulture), 50, 100);
        if (Cell(row, "status") != "unknown")
        {
            Assert.Equal("0", Cell(row, "hard_violations"));
            Assert.True(File.Exists(Path.Combine(output, "unit-7x28-s0.baseline.solution.csv")));
            Assert.True(double.Parse(Cell(row, "need_covered_percent"), System.Globalization.CultureInfo.InvariantCulture)
                <= double.Parse(Cell(row, "lp_bound_percent"), System.Globalization.CultureInfo.InvariantCulture) + 1e-6);
        }

        // The unit's problem file is kept beside the results and is the generator's unit.
        var written = File.ReadAllText(Path.Combine(output, "unit-7x28-s0.json"));
        Assert.Equal(ProblemFileWriter.Write(UnitGenerator.GenerateFile(new UnitSize(7, 28), 0)), written);
        Assert.Contains("| 7x28 | baseline |", File.ReadAllText(Path.Combine(output, QualityRunner.MarkdownFile)), StringComparison.Ordinal);
        Assert.Contains("the LP cover bound allows", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_child_that_dies_ends_only_its_own_row()
    {
        // The first child is killed (exit 137, as by the OOM killer); the second reports a result.
        var marker = Path.Combine(output, "first-done");
        Directory.CreateDirectory(output);
        var script = $$"""
            if [ ! -e '{{marker}}' ]; then touch '{{marker}}'; exit 137; fi
            echo 'progress line'
            echo '{"instance":"unit-7x28-s0","status":"feasible","solutions":2,"objective":1200,"bestBound":1000,"hardViolations":0,"needCoveredPercent":91.5,"peakMib":321,"seconds":2.5}'
            """;

        var (code, stdout, stderr) = Run(Script(script), "--units", "7x28", "--time-limit", "1");

        Assert.Equal(QualityRunner.Ok, code);
        var lines = CsvLines();
        Assert.Equal(3, lines.Length);
        Assert.Equal(("decomposition", "crashed"), (Cell(lines[1], "core"), Cell(lines[1], "status")));
        Assert.Contains("killed (SIGKILL", stderr, StringComparison.Ordinal);
        Assert.Equal(("baseline", "feasible", "321", "1200"), (Cell(lines[2], "core"), Cell(lines[2], "status"), Cell(lines[2], "peak_mib"), Cell(lines[2], "objective")));
        Assert.Equal("16.67", Cell(lines[2], "solver_gap_percent"));
        Assert.Contains("  progress line", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Curtois_instances_run_with_both_cores_and_the_ratio_to_the_baseline()
    {
        // A stand-in child that answers by core: the new core 900, the baseline 1000 (Instance2's best known is 828).
        const string script = """
            case "$*" in
              *baseline*) echo '{"instance":"Instance2","status":"feasible","objective":1000,"bestBound":800,"hardViolations":0,"peakMib":100,"seconds":1}' ;;
              *) echo '{"instance":"Instance2","status":"feasible","objective":900,"bestBound":800,"hardViolations":0,"peakMib":200,"seconds":1}' ;;
            esac
            """;

        var (code, _, stderr) = Run(Script(script), "--instances", SharedInstances.Folder, "--only", "Instance2", "--time-limit", "1");

        Assert.True(code == QualityRunner.Ok, stderr);
        var lines = CsvLines();
        Assert.Equal(3, lines.Length);
        Assert.Equal(("curtois", "Instance2", "decomposition", "0.900", "828", "200"),
            (Cell(lines[1], "kind"), Cell(lines[1], "instance"), Cell(lines[1], "core"), Cell(lines[1], "ratio_to_baseline"), Cell(lines[1], "best_known"), Cell(lines[1], "peak_mib")));
        Assert.Equal(("baseline", ""), (Cell(lines[2], "core"), Cell(lines[2], "ratio_to_baseline")));
        Assert.Equal("8.70", Cell(lines[1], "gap_percent"));
    }

    [Fact]
    public void Generate_writes_the_units_problem_file_which_reads_back()
    {
        var path = Path.Combine(output, "unit.json");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = QualityRunner.Run(["--generate", "20x28", "--seed", "5", "--write", path], stdout, stderr);

        Assert.Equal(QualityRunner.Ok, code);
        var problem = ProblemFileReader.Read(File.ReadAllText(path));
        Assert.Equal(20, problem.Employees.Length);
        Assert.Equal(28, problem.Period.Days);
        Assert.Equal(ProblemFileWriter.Write(UnitGenerator.GenerateFile(new UnitSize(20, 28), 5)), File.ReadAllText(path));
    }

    [Fact]
    public void A_child_given_bad_arguments_says_so()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = QualityRunner.Run([SolveOne.Argument, "problem", "x.json", "--core", "fast"], stdout, stderr);

        Assert.Equal(QualityRunner.BadArguments, code);
        Assert.Contains("unknown core 'fast'", stderr.ToString(), StringComparison.Ordinal);
    }
}
