using Scheduling.Domain;
using Scheduling.Domain.Files;
using Scheduling.Domain.Reporting;
using Scheduling.Solver;

namespace Scheduling.Cli;

/// <summary>
/// <c>scheduling solve FILE</c>: its arguments, and the run that reads the problem and solves it in this process
/// or, with <c>--server URL</c> (<see cref="Server"/>), on the service at that address.
/// </summary>
public sealed record SolveCommand(string File, double TimeLimitSeconds, int Workers, int Seed, string Format, bool Relax, string? Server = null, string? Token = null,
    ReportLanguage Language = ReportLanguage.Swedish, double? CostToGrantSeconds = null, SolverCore Core = SolverCore.Decomposition, string? Payroll = null)
{
    /// <summary>With <c>--hand-over-on DATE</c>: the day the roster is looked at; from 14 days before the period its unbooked shifts go to the pool.</summary>
    public NodaTime.LocalDate? HandOverOn { get; init; }

    /// <summary>The arguments of a <c>scheduling solve …</c> command line; a bad one throws <see cref="CliUsageException"/> with the line the command prints.</summary>
    public static SolveCommand Parse(string[] args)
    {
        var definition = new Definition();
        var result = new Command("scheduling") { definition }.Parse(args);
        return result.Errors.Count == 0 ? definition.Bind(result) : throw new CliUsageException(CliOptions.ErrorLine(result));
    }

    /// <summary>Reads the problem file, then solves with Ctrl+C stopping the search (the best roster so far is kept).</summary>
    public async Task<int> RunAsync(CliConsole console, CancellationToken cancellation)
    {
        if (HandOverOn is not null && Server is not null) throw new CliUsageException("--hand-over-on works on a local solve only (without --server)");
        var (problem, json) = await ReadProblemAsync(cancellation).ConfigureAwait(false);
        if (Payroll is { } payrollFile && Path.GetDirectoryName(Path.GetFullPath(payrollFile)) is { } folder && !Directory.Exists(folder))
            throw new CliUsageException($"--payroll: folder '{folder}' does not exist");
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // The first Ctrl+C stops the search and keeps the best roster so far; a second one ends the process.
            e.Cancel = !interrupt.IsCancellationRequested;
            interrupt.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var progress = SolveProgressView.For(console);
            return Server is null
                ? await LocalSolve.RunAsync(this, problem, console.Out, progress, interrupt.Token).ConfigureAwait(false)
                : await RemoteSolve.RunAsync(this, problem, json, console, progress, interrupt.Token).ConfigureAwait(false);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>The problem and its text; a file that cannot be read or used is one line naming the field.</summary>
    private async Task<(RosterProblem Problem, string Json)> ReadProblemAsync(CancellationToken cancellation)
    {
        string json;
        try
        {
            json = await System.IO.File.ReadAllTextAsync(File, cancellation).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliUsageException($"problem file '{File}' not found");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read '{File}': {ex.Message}");
        }

        try
        {
            return (ProblemFileReader.Read(json), json);
        }
        catch (ProblemValidationException ex)
        {
            var first = ex.Errors[0];
            var more = ex.Errors.Count > 1 ? $" (and {ex.Errors.Count - 1} more)" : "";
            throw new CliUsageException($"{File}: {first.Field}: {first.Reason}{more}");
        }
    }

    /// <summary>The command's arguments and options, with their help text.</summary>
    internal sealed class Definition : Command
    {
        private readonly Argument<string> file = new("FILE") { Description = "a problem file (JSON; see examples/)" };
        private readonly Option<double?> timeLimit = CliOptions.WithDefault(CliOptions.Seconds("--time-limit", "How long to search", 86_400), 30);
        private readonly Option<int> workers = CliOptions.WholeNumber("--workers", "CP-SAT's parallel workers", 8, 1, 64, "must be a whole number from 1 to 64");
        private readonly Option<int> seed = CliOptions.WholeNumber("--seed", "The random seed", 0, 0, int.MaxValue, "must be a whole number, at least 0");
        private readonly Option<string> format = CliOptions.WithDefault(CliOptions.Choice("--format", "The report: a readable table or one JSON object", "table", "json"), "table");
        private readonly Option<string> language = CliOptions.WithDefault(CliOptions.Choice("--lang", "The language of the explanations", "sv", "en"), "sv");
        private readonly Option<double?> costToGrant = CliOptions.Seconds("--cost-to-grant", "Re-solve once per refused wish with it forced, for this long, and show what granting it costs", 3600, "a number of seconds per refused wish");
        private readonly Option<bool> noRelax = new("--no-relax") { Description = "When the hard rules cannot all hold, list the conflict without the least-bad roster" };
        private readonly Option<string> core = CliOptions.WithDefault(CliOptions.Choice("--core", "The search core (see the README's Architecture)", "decomposition", "baseline"), "decomposition");
        private readonly Option<string> payroll = new("--payroll") { Description = "Also write the roster's payroll export to this file: Excel when it ends in .xlsx, else CSV (columns: src/Scheduling.Exports/PAYROLL.md)", HelpName = "FILE" };
        private readonly Option<NodaTime.LocalDate?> handOverOn = CliOptions.Parsed<NodaTime.LocalDate?>("--hand-over-on", "Today's date: from 14 days before the period, hand the roster's unbooked shifts (those no unit needs) to the pool unit", "DATE",
            "must be a date yyyy-MM-dd", (string text, out NodaTime.LocalDate? value) =>
            {
                var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
                value = parsed.Success ? parsed.Value : null;
                return parsed.Success;
            });
        private readonly Option<string> server = CliOptions.Server();
        private readonly Option<string> token = CliOptions.Token();

        public Definition() : base("solve", "Solve a problem file and print the report: roster, coverage, hours, wishes, rule checks, cost")
        {
            Add(file);
            foreach (var option in new Option[] { timeLimit, workers, seed, format, language, costToGrant, noRelax, core, payroll, handOverOn, server, token }) Add(option);
        }

        public SolveCommand Bind(ParseResult result) => new(
            result.GetRequiredValue(file),
            result.GetValue(timeLimit) ?? 30,
            result.GetValue(workers),
            result.GetValue(seed),
            result.GetValue(format) ?? "table",
            !result.GetValue(noRelax),
            result.GetValue(server),
            result.GetValue(token),
            ReportLanguages.Parse(result.GetValue(language)),
            result.GetValue(costToGrant),
            result.GetValue(core) == "baseline" ? SolverCore.Baseline : SolverCore.Decomposition,
            result.GetValue(payroll))
        {
            HandOverOn = result.GetValue(handOverOn),
        };
    }
}
