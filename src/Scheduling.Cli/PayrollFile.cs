using Scheduling.Domain;
using Scheduling.Exports;

namespace Scheduling.Cli;

/// <summary><c>--payroll FILE</c>: the solved roster's payroll export, Excel when the file ends in .xlsx, else CSV.</summary>
internal static class PayrollFile
{
    public static async Task WriteAsync(string? path, RosterProblem problem, Roster? roster, SolveProgressView progress)
    {
        if (path is null) return;
        if (roster is null)
        {
            await progress.WriteLineAsync($"no roster, so no payroll file: '{path}' not written").ConfigureAwait(false);
            return;
        }

        try
        {
            await using var file = File.Create(path);
            if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                await PayrollExport.WriteExcelAsync(problem, roster, file, CancellationToken.None).ConfigureAwait(false);
            else
                await PayrollExport.WriteCsvAsync(problem, roster, file, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot write the payroll file '{path}': {ex.Message}");
        }

        await progress.WriteLineAsync($"payroll: {path}").ConfigureAwait(false);
    }
}
