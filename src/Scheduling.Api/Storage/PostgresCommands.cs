namespace Scheduling.Api.Storage;

/// <summary>Running a PostgreSQL command once and disposing it.</summary>
internal static class PostgresCommands
{
    /// <summary>Executes the command, disposes it, and returns the number of rows it changed.</summary>
    public static async Task<int> RunAsync(this NpgsqlCommand command, CancellationToken cancellation)
    {
        await using (command.ConfigureAwait(false))
            return await command.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
    }
}
