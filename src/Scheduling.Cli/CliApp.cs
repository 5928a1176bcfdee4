using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Scheduling.Solver;

namespace Scheduling.Cli;

/// <summary>
/// The command line (<c>scheduling solve|token|me</c>): parsed by System.CommandLine, which also writes each
/// command's <c>--help</c>; a command line it cannot use is one line on stderr and exit code 1.
/// </summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Infeasible = 2;
    public const int NoRoster = 3;

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation) =>
        RunAsync(args, new CliConsole(stdout, stderr), cancellation);

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellation)
    {
        var result = CommandLine(console).Parse(args);
        if (result.Action is ParseErrorAction)
        {
            await console.Error.WriteLineAsync($"error: {CliOptions.ErrorLine(result)}").ConfigureAwait(false);
            return BadInput;
        }

        try
        {
            // Ctrl+C is the solve's to handle (the first stops the search and keeps the best roster), not the parser's.
            var invocation = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await result.InvokeAsync(invocation, cancellation).ConfigureAwait(false);
        }
        catch (CliUsageException ex)
        {
            await console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return BadInput;
        }
    }

    /// <summary>The exit code of a solve's outcome: 0 a roster, 2 the hard rules cannot all hold, 3 no roster in time.</summary>
    public static int ExitCode(SolveStatus status) => status switch
    {
        SolveStatus.Optimal or SolveStatus.Feasible => Ok,
        SolveStatus.Infeasible => Infeasible,
        _ => NoRoster,
    };

    /// <summary>The commands, each with its action writing to <paramref name="console"/>.</summary>
    private static Command CommandLine(CliConsole console)
    {
        var solve = new SolveCommand.Definition();
        solve.SetAction((result, cancellation) => solve.Bind(result).RunAsync(console, cancellation));
        var token = new TokenCommand.Definition();
        token.SetAction((result, _) => TokenCommand.RunAsync(token.Bind(result), console.Out));
        return new Command("scheduling", "Rosters for Swedish municipal care: solve a problem file here or on the service, mint a development token, use the service as an employee, handle an absence, or plan a municipality's units")
        {
            new HelpOption { Recursive = true },
            solve,
            token,
            new MeCommand.Definition(console),
            new AbsenceCommand.Definition(console),
            new PlanCommand.Definition(console),
        };
    }
}
