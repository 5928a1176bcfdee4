namespace Scheduling.Cli;

/// <summary>
/// A command whose subcommands each call the service once and print its answer, as text or (<c>--json</c>) as the
/// service's JSON, with the options they share (<c>--server</c>, <c>--token</c>, <c>--json</c>); a refusal is one line
/// on stderr and the exit code <see cref="ServiceConnection.Explain"/> gives it.
/// </summary>
internal abstract class ServiceCommand : Command
{
    private readonly Option<string> server = CliOptions.Server(recursive: true);
    private readonly Option<string> token = CliOptions.Token(recursive: true);
    private readonly Option<bool> json = new("--json") { Description = "Print the service's answer as JSON", Recursive = true };

    protected ServiceCommand(string name, string description, CliConsole console)
        : base(name, description)
    {
        Terminal = console;
        Add(server);
        Add(token);
        Add(json);
    }

    /// <summary>Where the answers and refusals are written.</summary>
    protected CliConsole Terminal { get; }

    /// <summary>A subcommand that calls the service once and prints its answer (as text, or <c>--json</c>).</summary>
    protected Command Call(string name, string description, Symbol[] symbols, Func<CallInvoker, ParseResult, CancellationToken, Task<(IMessage Reply, string Text)>> call)
    {
        var command = new Command(name, description);
        foreach (var symbol in symbols)
        {
            if (symbol is Argument argument) command.Add(argument);
            else command.Add((System.CommandLine.Option)symbol);
        }

        command.Validators.Add(result =>
        {
            if (result.GetResult(server) is null) result.AddError("--server URL is required, e.g. --server http://localhost:5080");
        });
        command.SetAction(async (result, cancellation) =>
        {
            var address = result.GetRequiredValue(server);
            using var connection = new ServiceConnection(address, result.GetValue(token));
            try
            {
                var (reply, text) = await call(connection.Invoker, result, cancellation).ConfigureAwait(false);
                await Terminal.Out.WriteAsync(result.GetValue(json) ? JsonFormatter.Default.Format(reply) + Environment.NewLine : text).ConfigureAwait(false);
                return CliApp.Ok;
            }
            catch (CliUsageException ex)
            {
                await Terminal.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return CliApp.BadInput;
            }
            catch (RpcException ex)
            {
                // A closed window, a job not done or a roster not published is the caller's to fix: one line, exit code 1.
                var (exit, line) = ServiceConnection.Explain(ex, address, null, StatusCode.FailedPrecondition, StatusCode.NotFound);
                await Terminal.Error.WriteLineAsync(line).ConfigureAwait(false);
                return exit;
            }
        });
        return command;
    }
}
