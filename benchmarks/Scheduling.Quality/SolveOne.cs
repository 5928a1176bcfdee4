using Scheduling.Benchmarks.Curtois;
using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Files;
using Scheduling.Quality.Yardsticks;
using Scheduling.Solver;

namespace Scheduling.Quality;

/// <summary>
/// The child process's side (the hidden <c>--one</c> argument): solves one instance with one core, re-checks the
/// roster with the rule checker, writes it, and prints a <see cref="ChildResult"/> as its last stdout line (progress
/// lines before it). Run apart so each solve has its own peak memory and a crash ends only its own row.
/// </summary>
/// <remarks>
/// Arguments: <c>--one curtois|problem PATH --name NAME --core CORE --time-limit S --workers N --seed N --out DIR</c>;
/// <c>problem</c> is a problem file (JSON), as the runner writes each generated unit.
/// </remarks>
public static class SolveOne
{
    public const string Argument = "--one";
    public const string CurtoisSource = "curtois";
    public const string ProblemSource = "problem";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? source = null, path = null, name = null, output = null;
        SolverCore? core = null;
        double? timeLimit = null;
        int workers = 8, seed = 0;
        try
        {
            for (var i = 0; i < args.Count; i++)
            {
                string Value() => i + 1 < args.Count ? args[++i] : throw new UsageException($"{args[i]} needs a value");
                switch (args[i])
                {
                    case Argument: source = Value(); path = Value(); break;
                    case "--name": name = Value(); break;
                    case "--core": core = RunnerOptions.Core(Value()); break;
                    case "--time-limit": timeLimit = RunnerOptions.Seconds(Value()); break;
                    case "--workers": workers = RunnerOptions.Whole(args[i], Value(), 1, 64); break;
                    case "--seed": seed = RunnerOptions.Whole(args[i], Value(), 0, int.MaxValue); break;
                    case "--out": output = Value(); break;
                    default: throw new UsageException($"unknown argument '{args[i]}'");
                }
            }

            if (source is not (CurtoisSource or ProblemSource) || path is null || name is null || core is null || timeLimit is null || output is null)
                throw new UsageException($"{Argument} curtois|problem PATH --name NAME --core CORE --time-limit S --out DIR");
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return QualityRunner.BadArguments;
        }

        var result = Solve(source, path, name, core.Value, timeLimit.Value, workers, seed, output, stdout, stderr);
        stdout.WriteLine((result with { PeakMib = PeakMemory.OfThisProcessMib() }).ToJsonLine());
        return QualityRunner.Ok;
    }

    private static ChildResult Solve(string source, string path, string name, SolverCore core, double timeLimit, int workers, int seed, string output,
        TextWriter stdout, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        RosterProblem problem;
        try
        {
            problem = source == CurtoisSource ? CurtoisImporter.Load(path) : ProblemFileReader.Read(File.ReadAllText(path));
        }
        catch (Exception e) when (e is CurtoisFormatException or ProblemValidationException or IOException)
        {
            return new ChildResult { Instance = name, Status = "error", Error = e.Message };
        }

        var options = new SolverOptions
        {
            TimeLimit = TimeSpan.FromSeconds(timeLimit),
            Workers = workers,
            Seed = seed,
            Core = core,
            // The instances are meant to be feasible; an infeasible verdict is reported, not explained or relaxed.
            ExplainInfeasibility = false,
            RelaxWhenInfeasible = false,
            // SCHEDULING_QUALITY_TRACE=1: the core's own phase lines (and CP-SAT's search log) on stderr, to see where time goes.
            Log = Environment.GetEnvironmentVariable("SCHEDULING_QUALITY_TRACE") == "1" ? line => stderr.WriteLine($"trace: {line}") : null,
        };
        var label = $"{name} {RunnerOptions.NameOf(core)}";
        var printer = new ProgressPrinter(label, stdout);
        SolveResult result;
        try
        {
            result = RosterSolver.Solve(problem, options, printer);
        }
        catch (SolverCheckerMismatchException e)
        {
            // The solver found a roster but claims another objective than the checker's penalty. The row keeps the
            // checker's penalty (the roster's true cost) under status "mismatch"; the roster itself is lost.
            stderr.WriteLine($"error: {label}: {e.Message}");
            return new ChildResult
            {
                Instance = name, Status = "mismatch", Objective = e.Evaluation?.Penalty, HardViolations = e.Evaluation?.HardViolationCount,
                Seconds = clock.Elapsed.TotalSeconds, Error = e.Message,
            };
        }

        int? hard = null;
        double? covered = null;
        if (result.Roster is { } roster)
        {
            // The runner's own verdict: the checker on the roster as written, independent of the solver's.
            var evaluation = RuleChecker.Evaluate(problem, roster);
            hard = evaluation.HardViolationCount;
            if (evaluation.Penalty != result.Objective)
                stderr.WriteLine($"error: {label}: solver objective {result.Objective} but checker penalty {evaluation.Penalty}");
            covered = NeedCovered.Of(problem, roster) * 100;
            File.WriteAllText(Path.Combine(output, $"{name}.{RunnerOptions.NameOf(core)}.solution.csv"), RosterCsv.Format(roster, problem));
        }

        var seconds = clock.Elapsed.TotalSeconds;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {result.Status.ToString().ToLowerInvariant()}, objective {result.Objective?.ToString(CultureInfo.InvariantCulture) ?? "-"}, {result.SolutionCount} solutions, model built in {result.BuildTime.TotalSeconds:0.0} s, {seconds:0.0} s in all"));
        return new ChildResult
        {
            Instance = name,
            Status = result.Status.ToString().ToLowerInvariant(),
            Solutions = result.SolutionCount,
            // The first roster the solver reports, timed from the call: model building and any phase before the
            // reported search included, as a user waiting for it would see it.
            FirstSolutionSeconds = printer.First?.TotalSeconds,
            Objective = result.Objective,
            BestBound = result.BestBound,
            HardViolations = hard,
            NeedCoveredPercent = covered,
            Seconds = seconds,
        };
    }

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
