using System.CommandLine;
using Google.Protobuf;
using Grpc.Core;

namespace Scheduling.Cli;

/// <summary>
/// A subcommand that calls the service once and prints its answer, as text or (<c>--json</c>) as the service's JSON;
/// a refusal is one line on stderr and the exit code <see cref="ServiceConnection.Explain"/> gives it.
/// </summary>
internal static class ServiceCall
{
    public static Command Command(CliConsole console, Option<string> server, Option<string> token, Option<bool> json, string name, string description, Symbol[] symbols,
        Func<CallInvoker, ParseResult, CancellationToken, Task<(IMessage Reply, string Text)>> call)
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
                await console.Out.WriteAsync(result.GetValue(json) ? JsonFormatter.Default.Format(reply) + Environment.NewLine : text).ConfigureAwait(false);
                return CliApp.Ok;
            }
            catch (CliUsageException ex)
            {
                await console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return CliApp.BadInput;
            }
            catch (RpcException ex)
            {
                var (exit, line) = ServiceConnection.Explain(ex, address, null, StatusCode.FailedPrecondition, StatusCode.NotFound);
                await console.Error.WriteLineAsync(line).ConfigureAwait(false);
                return exit;
            }
        });
        return command;
    }
}
