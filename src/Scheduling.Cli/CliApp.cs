using System.Globalization;
using Scheduling.Domain;
using Scheduling.Domain.Files;
using Scheduling.Domain.Reporting;
using Scheduling.Solver;

namespace Scheduling.Cli;

/// <summary>The command line: parses arguments, reads the problem, solves with progress, prints the report.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Infeasible = 2;
    public const int NoRoster = 3;

    private static readonly string Usage = "usage: scheduling solve FILE [--server URL [--token TOKEN]] [--time-limit SECONDS] [--workers N] [--seed N] [--format table|json] [--lang sv|en] [--cost-to-grant SECONDS] [--no-relax] [--core decomposition|baseline]\n"
        + "       " + TokenCommand.Usage["usage: ".Length..] + "\n"
        + "       scheduling me rate|choose-rate RATE|rate-history|wishes|submit-wish ...|delete-wish ID|roster|outcomes --server URL [--token TOKEN] (scheduling me help)";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        if (args.Length > 0 && args[0] == "token") return await TokenCommand.RunAsync(args, stdout, stderr).ConfigureAwait(false);
        if (args.Length > 0 && args[0] == "me") return await MeCommand.RunAsync(args, stdout, stderr, cancellation).ConfigureAwait(false);
        SolveCommand command;
        try
        {
            command = SolveCommand.Parse(args);
        }
        catch (CliUsageException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            if (ex.ShowUsage) await stderr.WriteLineAsync(Usage).ConfigureAwait(false);
            return BadInput;
        }

        if (command.Help)
        {
            await stdout.WriteLineAsync(Usage).ConfigureAwait(false);
            return Ok;
        }

        RosterProblem problem;
        string json;
        try
        {
            json = await File.ReadAllTextAsync(command.File, cancellation).ConfigureAwait(false);
            problem = ProblemFileReader.Read(json);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            await stderr.WriteLineAsync($"error: problem file '{command.File}' not found").ConfigureAwait(false);
            return BadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"error: cannot read '{command.File}': {ex.Message}").ConfigureAwait(false);
            return BadInput;
        }
        catch (ProblemValidationException ex)
        {
            var first = ex.Errors[0];
            var more = ex.Errors.Count > 1 ? $" (and {ex.Errors.Count - 1} more)" : "";
            await stderr.WriteLineAsync($"error: {command.File}: {first.Field}: {first.Reason}{more}").ConfigureAwait(false);
            return BadInput;
        }

        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // First Ctrl+C stops the search and keeps the best roster so far; a second one ends the process.
            e.Cancel = !interrupt.IsCancellationRequested;
            interrupt.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            if (command.Server is not null)
                return await RemoteSolve.RunAsync(command, problem, json, stdout, stderr, interrupt.Token).ConfigureAwait(false);
            var options = new SolverOptions
            {
                TimeLimit = TimeSpan.FromSeconds(command.TimeLimitSeconds),
                Workers = command.Workers,
                Seed = command.Seed,
                RelaxWhenInfeasible = command.Relax,
                Core = command.Core,
            };
            await stderr.WriteLineAsync($"solving '{problem.Name}': {problem.Employees.Length} employees, {problem.Period.Days} days from {problem.Period.Start:uuuu-MM-dd}, {problem.Templates.Length} shift templates, {options.TimeLimit.TotalSeconds:0} s limit, {options.Workers} workers").ConfigureAwait(false);
            var progress = new SynchronousProgress<SolveProgress>(p =>
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Elapsed.TotalSeconds,7:0.0} s  solution {p.SolutionCount,4}  objective {p.Objective,12}  bound {p.BestBound,12}  gap {p.Gap * 100,7:0.00} %")));
            var result = await Task.Run(() => RosterSolver.Solve(problem, options, progress, interrupt.Token), CancellationToken.None).ConfigureAwait(false);
            var costs = command.CostToGrantSeconds is { } seconds && result.Roster is { } solved && !result.IsRelaxed
                ? await Task.Run(() => PriceRefusedWishes(problem, solved, options with { TimeLimit = TimeSpan.FromSeconds(seconds) }, stderr, interrupt.Token), CancellationToken.None).ConfigureAwait(false)
                : null;
            var report = new ReportWriter(problem, result, command.Language, costs);
            await stdout.WriteAsync(command.Format == "json" ? report.Json() : report.Table()).ConfigureAwait(false);
            return result.Status switch
            {
                SolveStatus.Optimal or SolveStatus.Feasible => Ok,
                SolveStatus.Infeasible => Infeasible,
                _ => NoRoster,
            };
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>Re-solves once per refused wish with the wish forced, to show what granting it would cost.</summary>
    private static Dictionary<Wish, WishCost> PriceRefusedWishes(RosterProblem problem, Roster roster, SolverOptions options, TextWriter stderr, CancellationToken cancellation)
    {
        var refused = problem.Wishes.Where(w => !w.IsGrantedBy([.. roster.Assignments.Where(a => a.Employee == w.Employee && a.Date == w.Date).Select(a => a.Shift)])).ToList();
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pricing {refused.Count} refused wishes, {options.TimeLimit.TotalSeconds:0.#} s each"));
        var costs = new Dictionary<Wish, WishCost>();
        foreach (var wish in refused.TakeWhile(_ => !cancellation.IsCancellationRequested))
            costs[wish] = WishPricing.CostToGrant(problem, roster, wish, options with { ExplainInfeasibility = true }, cancellation);
        return costs;
    }

    /// <summary>Reports on the solver's own thread, in order, unlike <see cref="Progress{T}"/>.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        private readonly Lock gate = new();

        public void Report(T value)
        {
            lock (gate) report(value);
        }
    }
}

/// <summary>A command line that cannot be used; the message says which argument and why.</summary>
public sealed class CliUsageException(string message, bool showUsage = false) : Exception(message)
{
    public bool ShowUsage { get; } = showUsage;

    public CliUsageException() : this("invalid command line") { }
    public CliUsageException(string message, Exception inner) : this(message) => _ = inner;
}

/// <summary>The arguments of <c>scheduling solve</c>. With <c>--server URL</c> (<see cref="Server"/>) it solves on the service at that address instead of in-process.</summary>
public sealed record SolveCommand(string File, double TimeLimitSeconds, int Workers, int Seed, string Format, bool Relax, bool Help = false, string? Server = null, string? Token = null,
    ReportLanguage Language = ReportLanguage.Swedish, double? CostToGrantSeconds = null, SolverCore Core = SolverCore.Decomposition)
{
    public static SolveCommand Parse(string[] args)
    {
        if (args.Length == 0) throw new CliUsageException("no command given", showUsage: true);
        if (args[0] is "-h" or "--help" or "help") return new SolveCommand("", 0, 0, 0, "table", true, Help: true);
        if (args[0] != "solve") throw new CliUsageException($"unknown command '{args[0]}'", showUsage: true);
        string? file = null;
        double timeLimit = 30;
        int workers = 8, seed = 0;
        var format = "table";
        var relax = true;
        string? server = null, token = null;
        var language = ReportLanguage.Swedish;
        double? costToGrant = null;
        var core = SolverCore.Decomposition;
        for (var i = 1; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new CliUsageException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--time-limit":
                    var t = Value();
                    if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out timeLimit) || timeLimit <= 0 || timeLimit > 86_400)
                        throw new CliUsageException($"--time-limit must be a number of seconds above 0 and at most 86400, was '{t}'");
                    break;
                case "--workers":
                    var w = Value();
                    if (!int.TryParse(w, NumberStyles.Integer, CultureInfo.InvariantCulture, out workers) || workers is < 1 or > 64)
                        throw new CliUsageException($"--workers must be a whole number from 1 to 64, was '{w}'");
                    break;
                case "--seed":
                    var s = Value();
                    if (!int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed) || seed < 0)
                        throw new CliUsageException($"--seed must be a whole number, at least 0, was '{s}'");
                    break;
                case "--format":
                    format = Value();
                    if (format is not ("table" or "json")) throw new CliUsageException($"--format must be table or json, was '{format}'");
                    break;
                case "--server":
                    server = ServiceConnection.ParseServer(Value());
                    break;
                case "--token":
                    token = Value();
                    break;
                case "--lang":
                    var l = Value();
                    if (l is not ("sv" or "en")) throw new CliUsageException($"--lang must be sv or en, was '{l}'");
                    language = ReportLanguages.Parse(l);
                    break;
                case "--cost-to-grant":
                    var c = Value();
                    if (!double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out var perWish) || perWish <= 0 || perWish > 3600)
                        throw new CliUsageException($"--cost-to-grant must be a number of seconds per refused wish above 0 and at most 3600, was '{c}'");
                    costToGrant = perWish;
                    break;
                case "--no-relax":
                    relax = false;
                    break;
                case "--core":
                    core = Value() switch
                    {
                        "decomposition" => SolverCore.Decomposition,
                        "baseline" => SolverCore.Baseline,
                        var other => throw new CliUsageException($"--core must be decomposition or baseline, was '{other}'"),
                    };
                    break;
                case "-h" or "--help":
                    return new SolveCommand("", 0, 0, 0, "table", true, Help: true);
                default:
                    if (args[i].StartsWith('-')) throw new CliUsageException($"unknown option '{args[i]}'", showUsage: true);
                    if (file is not null) throw new CliUsageException($"only one problem file, got '{file}' and '{args[i]}'");
                    file = args[i];
                    break;
            }
        }

        return new SolveCommand(file ?? throw new CliUsageException("solve needs a problem file", showUsage: true), timeLimit, workers, seed, format, relax, Server: server, Token: token,
            Language: language, CostToGrantSeconds: costToGrant, Core: core);
    }
}
