using NodaTime;

namespace Scheduling.Api.Storage;

/// <summary>The calendar feeds in the service's SQLite file (table <c>calendar_feeds</c>, made by <see cref="SqliteMigrations"/>).</summary>
public sealed class SqliteCalendarFeedStore(SqliteSchedulingStore database) : ICalendarFeedStore
{
    private readonly string connectionString = new SqliteConnectionStringBuilder { DataSource = database.DatabasePath, Pooling = true, DefaultTimeout = 30 }.ToString();

    public Task<CalendarFeed?> FindAsync(string feedId, CancellationToken cancellation) =>
        ReadAsync("SELECT unit, employee, feed_id, secret_hash, created_at FROM calendar_feeds WHERE feed_id = $id", cancellation, ("$id", feedId));

    public Task<CalendarFeed?> GetAsync(string unit, string employee, CancellationToken cancellation) =>
        ReadAsync("SELECT unit, employee, feed_id, secret_hash, created_at FROM calendar_feeds WHERE unit = $unit AND employee = $employee", cancellation, ("$unit", unit), ("$employee", employee));

    public async Task SaveAsync(CalendarFeed feed, CancellationToken cancellation) =>
        await ExecuteAsync(
            """
            INSERT INTO calendar_feeds (unit, employee, feed_id, secret_hash, created_at) VALUES ($unit, $employee, $id, $hash, $created)
            ON CONFLICT (unit, employee) DO UPDATE SET feed_id = excluded.feed_id, secret_hash = excluded.secret_hash, created_at = excluded.created_at
            """,
            cancellation, ("$unit", feed.Unit), ("$employee", feed.Employee), ("$id", feed.FeedId), ("$hash", feed.SecretHash), ("$created", feed.Created.ToUnixTimeMilliseconds())).ConfigureAwait(false);

    public async Task<bool> DeleteAsync(string unit, string employee, CancellationToken cancellation) =>
        await ExecuteAsync("DELETE FROM calendar_feeds WHERE unit = $unit AND employee = $employee", cancellation, ("$unit", unit), ("$employee", employee)).ConfigureAwait(false) > 0;

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellation)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellation).ConfigureAwait(false);
        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000;";
        await pragmas.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellation, params (string, object)[] parameters)
    {
        await using var connection = await OpenAsync(cancellation).ConfigureAwait(false);
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private async Task<CalendarFeed?> ReadAsync(string sql, CancellationToken cancellation, params (string, object)[] parameters)
    {
        await using var connection = await OpenAsync(cancellation).ConfigureAwait(false);
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellation).ConfigureAwait(false)) return null;
        return new CalendarFeed(reader.GetString(0), reader.GetString(1), reader.GetString(2), (byte[])reader[3], Instant.FromUnixTimeMilliseconds(reader.GetInt64(4)));
    }
}
