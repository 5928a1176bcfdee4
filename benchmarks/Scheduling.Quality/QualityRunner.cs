using System.Text.RegularExpressions;
using Scheduling.Benchmarks.Curtois;
using Scheduling.Domain;
using Scheduling.Quality.Units;
using Scheduling.Quality.Yardsticks;
using Scheduling.Solver;

namespace Scheduling.Quality;

/// <summary>
/// Solves generated units and Curtois instances with each asked-for solver core, one solve at a time, each in a child
/// process of its own (<see cref="SolveOne"/>), and records what the rule checker says of each roster: against the
/// best known objective (Curtois), against the demand curve and the LP cover bound (units).
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

    public const string CsvFile = "results.csv";
    public const string MarkdownFile = "results.md";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, null);

    /// <summary>The same, with <paramref name="launcher"/> to start a child solve (null: this runner itself, <see cref="ChildLauncher.Current"/>).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, ChildLauncher? launcher)
    {
        if (args.Count > 0 && args[0] == SolveOne.Argument) return SolveOne.Run(args, stdout, stderr);
        if (args.Count > 0 && args[0] == Units.ContinuityMeasure.Argument) return Units.ContinuityMeasure.Run(args, stdout, stderr);
        if (args.Count > 0 && args[0] == Units.MunicipalityMeasure.Argument) return Units.MunicipalityMeasure.Run(args, stdout, stderr);

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

            if (options.Generate is { } size) return Generate(size, options.Seed, options.Write!, stdout);
            instances = options.Instances is null ? [] : Select(options);
            Directory.CreateDirectory(options.Out);
        }
        catch (Exception e) when (e is UsageException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return BadArguments;
        }

        launcher ??= ChildLauncher.Current();
        var rows = new List<ResultRow>();
        void Add(ResultRow row)
        {
            rows.Add(row);
            // Rewritten after every row, so a long run that is stopped keeps what it measured.
            File.WriteAllText(Path.Combine(options.Out, CsvFile), ResultTables.Csv(rows));
            File.WriteAllText(Path.Combine(options.Out, MarkdownFile), ResultTables.Markdown(rows));
        }

        foreach (var size in options.Units)
            SolveUnit(size, options, launcher, Add, stdout, stderr);
        var bestKnown = options.Instances is null ? new Dictionary<string, long>() : BestKnown.Read(options.Instances);
        foreach (var (name, path) in instances)
            SolveCurtois(name, path, bestKnown.TryGetValue(name, out var b) ? b : null, options, launcher, Add, stdout, stderr);

        stdout.WriteLine();
        stdout.Write(ResultTables.Markdown(rows));
        return Ok;
    }

    /// <summary>The name a generated unit has in the tables and its files: <c>unit-20x28-s0</c>.</summary>
    public static string UnitName(UnitSize size, int seed) => string.Create(CultureInfo.InvariantCulture, $"unit-{size}-s{seed}");

    private static int Generate(UnitSize size, int seed, string path, TextWriter stdout)
    {
        var unit = UnitGenerator.Generate(size, seed);
        ProblemFileWriter.WriteFile(unit.File, path);
        stdout.WriteLine(Describe(unit));
        stdout.WriteLine(Bound(LpCoverBound.Compute(unit.Problem)));
        stdout.WriteLine($"written to {path}");
        return Ok;
    }

    private static string Describe(GeneratedUnit unit)
    {
        var problem = unit.Problem;
        var targets = problem.Employees.Sum(e => e.Contract.TargetFor(problem.Period.Days)?.TotalMinutes ?? 0);
        var need = problem.DemandCurve.Slots.Where(s => s.Competence is null).Sum(s => (double)s.Ideal) * problem.DemandCurve.SlotLength.TotalMinutes;
        var nights = problem.Employees.Count(e => e.Limits.MaxShiftsPerTemplate.GetValueOrDefault(new ShiftCode(UnitGenerator.Night), 1) != 0);
        return string.Create(CultureInfo.InvariantCulture,
            $"{problem.Name}: {problem.Employees.Length} staff ({nights} permanent nights), {problem.Period.Days} days from {problem.Period.Start:uuuu-MM-dd}, "
            + $"{problem.DemandCurve.Slots.Length} demand slots, {problem.Wishes.Length} wishes, {problem.Unavailability.Length} unavailable days; "
            + $"staff hours {targets / 60:0} h = {targets / Math.Max(1, need):0.000} × the ideal need of {need / 60:0} person-hours");
    }

    private static string Bound(CoverBound bound) => string.Create(CultureInfo.InvariantCulture,
        $"the LP cover bound allows {bound.Share * 100:0.00} % of the need ({bound.Variables:N0} variables, {bound.Constraints:N0} constraints)");

    private static void SolveUnit(UnitSize size, RunnerOptions options, ChildLauncher launcher, Action<ResultRow> add, TextWriter stdout, TextWriter stderr)
    {
        var name = UnitName(size, options.Seed);
        var unit = UnitGenerator.Generate(size, options.Seed);
        var path = Path.GetFullPath(Path.Combine(options.Out, name + ".json"));
        ProblemFileWriter.WriteFile(unit.File, path);
        stdout.WriteLine($"{name}: {Describe(unit)}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var bound = LpCoverBound.Compute(unit.Problem);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {Bound(bound)}, in {clock.Elapsed.TotalSeconds:0.0} s"));
        foreach (var core in options.Cores)
        {
            var row = Child(SolveOne.ProblemSource, path, name, core, options, launcher, stdout, stderr);
            add(row with { Kind = ResultRow.UnitKind, Size = size.ToString(), LpBoundPercent = bound.Share * 100 });
        }
    }

    private static void SolveCurtois(string name, string path, long? bestKnown, RunnerOptions options, ChildLauncher launcher, Action<ResultRow> add,
        TextWriter stdout, TextWriter stderr)
    {
        ResultRow Row(SolverCore core, string status, string size) => new()
        {
            Kind = ResultRow.CurtoisKind, Instance = name, Size = size, Core = RunnerOptions.NameOf(core), Status = status, BestKnown = bestKnown,
        };

        RosterProblem problem;
        try
        {
            problem = CurtoisImporter.Load(path);
        }
        catch (Exception e) when (e is CurtoisFormatException or IOException)
        {
            stderr.WriteLine($"error: {e.Message}");
            foreach (var core in options.Cores) add(Row(core, "error", ""));
            return;
        }

        var size = string.Create(CultureInfo.InvariantCulture, $"{problem.Employees.Length}x{problem.Period.Days}");
        var model = ModelSize.Of(problem);
        var shape = $"{problem.Period.Days} days × {problem.Employees.Length} staff × {problem.Templates.Length} shifts; model ≈ {model}";
        if (model.EstimatedPeakBytes > LargeModelBytes && !options.AllowLarge)
        {
            stderr.WriteLine($"warning: {name} skipped: {shape}, above the {LargeModelBytes >> 30} GiB guard; solving it may exhaust memory (--allow-large to solve it anyway)");
            foreach (var core in options.Cores) add(Row(core, "skipped", size));
            return;
        }

        stdout.WriteLine($"{name}: {shape}");
        foreach (var core in options.Cores)
        {
            var row = Child(SolveOne.CurtoisSource, Path.GetFullPath(path), name, core, options, launcher, stdout, stderr);
            add(row with { Kind = ResultRow.CurtoisKind, Size = size, BestKnown = bestKnown });
        }
    }

    /// <summary>One solve in a child process; a child that gives no result makes a "crashed" or "timeout" row.</summary>
    private static ResultRow Child(string source, string path, string name, SolverCore core, RunnerOptions options, ChildLauncher launcher,
        TextWriter stdout, TextWriter stderr)
    {
        var coreName = RunnerOptions.NameOf(core);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: solving with the {coreName} core for {options.TimeLimitSeconds} s with {options.Workers} workers, in a child process"));
        string[] args =
        [
            SolveOne.Argument, source, path, "--name", name, "--core", coreName,
            "--time-limit", options.TimeLimitSeconds.ToString(CultureInfo.InvariantCulture),
            "--workers", options.Workers.ToString(CultureInfo.InvariantCulture),
            "--seed", options.Seed.ToString(CultureInfo.InvariantCulture),
            "--out", Path.GetFullPath(options.Out),
        ];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Building the largest models takes minutes outside the time limit; a child far past both is stuck.
        var timeout = TimeSpan.FromSeconds(Math.Max(600, (3 * options.TimeLimitSeconds) + 300));
        var (result, failure) = launcher.Run(args, timeout, stdout, stderr);
        var row = new ResultRow { Kind = "", Instance = name, Size = "", Core = coreName, Status = "crashed", Seconds = clock.Elapsed.TotalSeconds };
        if (result is null)
        {
            stderr.WriteLine($"error: {name} ({coreName}): {failure}");
            return row with { Status = failure?.StartsWith("no result within", StringComparison.Ordinal) == true ? "timeout" : "crashed" };
        }

        if (result.Error is { } error) stderr.WriteLine($"error: {name} ({coreName}): {error}");
        return row with
        {
            Status = result.Status,
            Solutions = result.Solutions,
            FirstSolutionSeconds = result.FirstSolutionSeconds,
            Objective = result.Objective,
            BestBound = result.BestBound,
            HardViolations = result.HardViolations,
            NeedCoveredPercent = result.NeedCoveredPercent,
            PeakMib = result.PeakMib,
            Seconds = result.Seconds ?? row.Seconds,
        };
    }

    private static List<(string Name, string Path)> Select(RunnerOptions options)
    {
        var all = Directory.EnumerateFiles(options.Instances!, "*.txt")
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

    [GeneratedRegex(@"^Instance(\d+)$")]
    private static partial Regex InstanceName();
}
