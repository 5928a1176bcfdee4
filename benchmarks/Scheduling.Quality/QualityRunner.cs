using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Scheduling.Benchmarks.Curtois;
using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Solver;

namespace Scheduling.Quality;

/// <summary>
/// Solves benchmark instances with the product's solver, one after the other, and records what the rule
/// checker says of each roster against the best known objective.
/// </summary>
public static partial class QualityRunner
{
    public const int Ok = 0;
    public const int BadArguments = 2;

    /// <summary>
    /// An instance whose estimated peak memory (<see cref="ModelSize.EstimatedPeakBytes"/>) is above this is
    /// skipped unless --allow-large is given: half of the 24 GiB machine, leaving the rest to everything
    /// else. Every shared instance is below it (Instance24, the largest, is estimated at 8.3 GiB and
    /// measured at 6.3–8.3 GB).
    /// </summary>
    public const long LargeModelBytes = 12L << 30;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        RunnerOptions options;
        List<(string Name, string Path)> instances;
        try
        {
            options = RunnerOptions.Parse(args);
            if (options.Help)
            {
                stdout.WriteLine(RunnerOptions.Usage);
                return Ok;
            }

            instances = Select(options);
            Directory.CreateDirectory(options.Out);
        }
        catch (Exception e) when (e is UsageException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return BadArguments;
        }

        var bestKnown = BestKnown.Read(options.Instances);
        var rows = new List<ResultRow>();
        foreach (var (name, path) in instances)
        {
            rows.Add(SolveOne(name, path, bestKnown.TryGetValue(name, out var b) ? b : null, options, stdout, stderr));
            // Rewritten after every instance, so a long run that is stopped keeps what it measured.
            File.WriteAllText(Path.Combine(options.Out, "results.csv"), ResultTables.Csv(rows));
        }

        stdout.WriteLine();
        stdout.Write(ResultTables.Markdown(rows));
        return Ok;
    }

    private static List<(string Name, string Path)> Select(RunnerOptions options)
    {
        var all = Directory.EnumerateFiles(options.Instances, "*.txt")
            .Select(p => (Name: Path.GetFileNameWithoutExtension(p), Path: p))
            .Where(x => InstanceName().IsMatch(x.Name))
            .OrderBy(x => int.Parse(InstanceName().Match(x.Name).Groups[1].Value, CultureInfo.InvariantCulture))
            .ToList();
        if (all.Count == 0) throw new UsageException($"no InstanceN.txt in '{options.Instances}'");
        if (options.Only.Count == 0) return all;
        var unknown = options.Only.Where(o => all.All(x => x.Name != o)).ToList();
        if (unknown.Count > 0) throw new UsageException($"--only names {string.Join(", ", unknown)}, not found in '{options.Instances}'");
        return [.. all.Where(x => options.Only.Contains(x.Name))];
    }

    private static ResultRow SolveOne(string name, string path, long? bestKnown, RunnerOptions options, TextWriter stdout, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        RosterProblem problem;
        try
        {
            problem = CurtoisImporter.Load(path);
        }
        catch (Exception e) when (e is CurtoisFormatException or IOException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return new ResultRow(name, "error", null, null, bestKnown, null, null, null);
        }

        var size = ModelSize.Of(problem);
        var shape = $"{problem.Period.Days} days × {problem.Employees.Length} staff × {problem.Templates.Length} shifts; model ≈ {size}";
        if (size.EstimatedPeakBytes > LargeModelBytes && !options.AllowLarge)
        {
            stderr.WriteLine($"warning: {name} skipped: {shape}, above the {LargeModelBytes >> 30} GiB guard; solving it may exhaust memory (--allow-large to solve it anyway)");
            return new ResultRow(name, "skipped", null, null, bestKnown, null, null, null);
        }

        stdout.WriteLine($"{name}: {shape}; solving for {options.TimeLimitSeconds.ToString(CultureInfo.InvariantCulture)} s with {options.Workers} workers");
        var solverOptions = new SolverOptions
        {
            TimeLimit = TimeSpan.FromSeconds(options.TimeLimitSeconds),
            Workers = options.Workers,
            Seed = options.Seed,
            // The instances are feasible; an infeasible verdict is reported, not explained or relaxed.
            ExplainInfeasibility = false,
            RelaxWhenInfeasible = false,
        };
        var printer = new ProgressPrinter(name, stdout);
        SolveResult result;
        try
        {
            result = RosterSolver.Solve(problem, solverOptions, printer);
        }
        catch (SolverCheckerMismatchException e)
        {
            // The solver found a roster but claims another objective than the checker's penalty. The row keeps
            // the checker's penalty (the roster's true cost) under status "mismatch"; the roster itself is lost.
            stderr.WriteLine($"error: {name}: {e.Message}");
            return new ResultRow(name, "mismatch", e.Evaluation?.Penalty, null, bestKnown, null, clock.Elapsed.TotalSeconds, e.Evaluation?.HardViolationCount);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        int? hard = null;
        if (result.Roster is { } roster)
        {
            // The runner's own verdict: the checker on the roster as written, independent of the solver's.
            var evaluation = RuleChecker.Evaluate(problem, roster);
            hard = evaluation.HardViolationCount;
            if (evaluation.Penalty != result.Objective)
                stderr.WriteLine($"error: {name}: solver objective {result.Objective} but checker penalty {evaluation.Penalty}");
            File.WriteAllText(Path.Combine(options.Out, name + ".solution.csv"), RosterCsv.Format(roster, problem));
        }

        // The first roster the solver reports, timed from the call: model building and any phase before the
        // reported search included, as a user waiting for it would see it.
        var first = printer.First?.TotalSeconds;
        var row = new ResultRow(name, result.Status.ToString().ToLowerInvariant(), result.Objective, result.BestBound, bestKnown, first, seconds, hard);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {row.Status}, objective {row.Objective?.ToString(CultureInfo.InvariantCulture) ?? "-"}, gap to best known {(row.GapPercent is { } g ? $"{g:0.00} %" : "-")}, model built in {result.BuildTime.TotalSeconds:0.0} s, {seconds:0.0} s in all; process memory {Environment.WorkingSet / 1048576} MiB now, {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB at peak"));
        return row;
    }

    [GeneratedRegex(@"^Instance(\d+)$")]
    private static partial Regex InstanceName();

    /// <summary>Prints improving solutions as they come, at most two a second, timed from its creation; notes the first.</summary>
    private sealed class ProgressPrinter(string name, TextWriter output) : IProgress<SolveProgress>
    {
        private readonly Lock gate = new();
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private TimeSpan? lastPrinted;

        /// <summary>When the first roster was reported.</summary>
        public TimeSpan? First { get; private set; }

        public void Report(SolveProgress value)
        {
            lock (gate)
            {
                var now = clock.Elapsed;
                First ??= now;
                if (lastPrinted is { } last && now - last < TimeSpan.FromSeconds(0.5)) return;
                lastPrinted = now;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {name} {now.TotalSeconds,7:0.0} s  solution {value.SolutionCount,5}  objective {value.Objective,9}  bound {value.BestBound,9}  gap {value.Gap * 100,7:0.00} %"));
            }
        }
    }
}
