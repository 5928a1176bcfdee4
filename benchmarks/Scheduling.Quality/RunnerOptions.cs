using System.Globalization;

namespace Scheduling.Quality;

/// <summary>A command line the runner cannot use; the message is one line for the user.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message) : base(message) { }
    public UsageException() { }
    public UsageException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>The quality runner's arguments.</summary>
public sealed record RunnerOptions
{
    public const string Usage =
        "usage: Scheduling.Quality --instances DIR [--only Instance2,Instance4] --time-limit SECONDS [--workers N] [--seed N] --out OUTDIR [--allow-large]";

    public required string Instances { get; init; }
    public IReadOnlyList<string> Only { get; init; } = [];
    public required double TimeLimitSeconds { get; init; }
    public int Workers { get; init; } = 8;
    public int Seed { get; init; }
    public required string Out { get; init; }

    /// <summary>Solve instances above <see cref="QualityRunner.LargeModelBytes"/> of estimated memory anyway.</summary>
    public bool AllowLarge { get; init; }

    public bool Help { get; init; }

    public static RunnerOptions Parse(IReadOnlyList<string> args)
    {
        string? instances = null, output = null;
        double? timeLimit = null;
        IReadOnlyList<string> only = [];
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
                    return new RunnerOptions { Instances = "", TimeLimitSeconds = 0, Out = "", Help = true };
                case "--instances": instances = Value(); break;
                case "--out": output = Value(); break;
                case "--only": only = [.. Value().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]; break;
                case "--time-limit": timeLimit = Seconds(Value()); break;
                case "--workers": workers = Whole(args[i], Value(), 1, 64); break;
                case "--seed": seed = Whole(args[i], Value(), 0, int.MaxValue); break;
                case "--allow-large": allowLarge = true; break;
                default: throw new UsageException($"unknown argument '{args[i]}'");
            }
        }

        if (instances is null) throw new UsageException("--instances DIR is required");
        if (!Directory.Exists(instances)) throw new UsageException($"instance folder '{instances}' does not exist");
        if (timeLimit is null) throw new UsageException("--time-limit SECONDS is required");
        if (output is null) throw new UsageException("--out OUTDIR is required");
        return new RunnerOptions
        {
            Instances = instances, Only = only, TimeLimitSeconds = timeLimit.Value, Workers = workers, Seed = seed, Out = output, AllowLarge = allowLarge,
        };
    }

    private static double Seconds(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 && s <= 86_400
            ? s
            : throw new UsageException($"--time-limit must be a number of seconds above 0 and at most 86400, was '{text}'");

    private static int Whole(string name, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max
            ? v
            : throw new UsageException($"{name} must be a whole number from {min} to {max}, was '{text}'");
}
