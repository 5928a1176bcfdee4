using Scheduling.Quality.Units;
using Scheduling.Solver;

namespace Scheduling.Quality;

/// <summary>The quality runner's arguments: a run over Curtois instances and/or generated units, or the generation of one unit's file.</summary>
public sealed record RunnerOptions
{
    public const string Usage =
        "usage: Scheduling.Quality [--instances DIR [--only Instance2,Instance4]] [--units 20x28,150x112] --time-limit SECONDS --out OUTDIR\n"
        + "                          [--cores decomposition,baseline] [--workers N] [--seed N] [--allow-large]\n"
        + "       Scheduling.Quality --generate STAFFxDAYS [--seed N] --write FILE";

    public static readonly IReadOnlyList<SolverCore> AllCores = [SolverCore.Decomposition, SolverCore.Baseline];

    /// <summary>The Curtois folder; null when only generated units run.</summary>
    public string? Instances { get; init; }

    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>Generated units to solve, each seeded by <see cref="Seed"/>.</summary>
    public IReadOnlyList<UnitSize> Units { get; init; } = [];

    /// <summary>The cores each instance is solved with, in this order; both by default.</summary>
    public IReadOnlyList<SolverCore> Cores { get; init; } = AllCores;

    public double TimeLimitSeconds { get; init; }
    public int Workers { get; init; } = 8;

    /// <summary>The solver's seed and the generated units' seed.</summary>
    public int Seed { get; init; }

    public string Out { get; init; } = "";

    /// <summary>Solve instances above <see cref="QualityRunner.LargeModelBytes"/> of estimated memory anyway.</summary>
    public bool AllowLarge { get; init; }

    /// <summary>Generate this unit and write its problem file to <see cref="Write"/> instead of solving anything.</summary>
    public UnitSize? Generate { get; init; }

    public string? Write { get; init; }

    public bool Help { get; init; }

    public static RunnerOptions Parse(IReadOnlyList<string> args)
    {
        string? instances = null, output = null, write = null;
        double? timeLimit = null;
        List<string> only = [];
        IReadOnlyList<UnitSize> units = [];
        IReadOnlyList<SolverCore> cores = AllCores;
        UnitSize? generate = null;
        int workers = 8, seed = 0;
        var allowLarge = false;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[++i]
                : throw new UsageException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--help" or "-h":
                    return new RunnerOptions { Help = true };
                case "--instances": instances = Value(); break;
                case "--out": output = Value(); break;
                case "--only": only = List(Value()); break;
                case "--units": units = [.. List(Value()).Select(Size)]; break;
                case "--cores": cores = [.. List(Value()).Select(Core).Distinct()]; break;
                case "--generate": generate = Size(Value()); break;
                case "--write": write = Value(); break;
                case "--time-limit": timeLimit = Seconds(Value()); break;
                case "--workers": workers = Whole(args[i], Value(), 1, 64); break;
                case "--seed": seed = Whole(args[i], Value(), 0, int.MaxValue); break;
                case "--allow-large": allowLarge = true; break;
                default: throw new UsageException($"unknown argument '{args[i]}'");
            }
        }

        if (generate is not null || write is not null)
        {
            if (generate is null) throw new UsageException("--write FILE goes with --generate STAFFxDAYS");
            if (write is null) throw new UsageException("--generate needs --write FILE");
            if (instances is not null || units.Count > 0) throw new UsageException("--generate writes one unit's file; it does not solve (drop --instances and --units)");
            return new RunnerOptions { Generate = generate, Write = write, Seed = seed };
        }

        if (instances is null && units.Count == 0) throw new UsageException("--instances DIR or --units SIZES is required");
        if (instances is not null && !Directory.Exists(instances)) throw new UsageException($"instance folder '{instances}' does not exist");
        if (instances is null && only.Count > 0) throw new UsageException("--only picks Curtois instances: it needs --instances DIR");
        if (cores.Count == 0) throw new UsageException("--cores names no core");
        if (timeLimit is null) throw new UsageException("--time-limit SECONDS is required");
        if (output is null) throw new UsageException("--out OUTDIR is required");
        return new RunnerOptions
        {
            Instances = instances, Only = only, Units = units, Cores = cores, TimeLimitSeconds = timeLimit.Value, Workers = workers, Seed = seed,
            Out = output, AllowLarge = allowLarge,
        };
    }

    /// <summary>A core's name on the command line and in the tables: lower case.</summary>
    public static string NameOf(SolverCore core) => core.ToString().ToLowerInvariant();

    public static SolverCore Core(string text) =>
        Enum.TryParse<SolverCore>(text, ignoreCase: true, out var core) && Enum.IsDefined(core) && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            ? core
            : throw new UsageException($"unknown core '{text}' (use {string.Join(" or ", AllCores.Select(NameOf))})");

    private static List<string> List(string text) => [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static UnitSize Size(string text) => UnitSize.TryParse(text, out var size, out var reason) ? size : throw new UsageException(reason);

    internal static double Seconds(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 && s <= 86_400
            ? s
            : throw new UsageException($"--time-limit must be a number of seconds above 0 and at most 86400, was '{text}'");

    internal static int Whole(string name, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max
            ? v
            : throw new UsageException($"{name} must be a whole number from {min} to {max}, was '{text}'");
}
