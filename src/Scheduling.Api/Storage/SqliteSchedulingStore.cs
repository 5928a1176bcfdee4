using System.Data.Common;
using Google.Protobuf;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Scheduling.Api.Application;
using Scheduling.Api.V1;

namespace Scheduling.Api.Storage;

/// <summary>
/// The embedded store: one SQLite file (<c>scheduling.db</c>) in the data directory, in WAL mode with
/// synchronous=FULL, so a committed write survives a crash of the process or the machine. Messages are
/// stored as protobuf bytes next to the columns the queries need. Writes go one at a time.
/// </summary>
public sealed class SqliteSchedulingStore : ISchedulingStore, IDisposable
{
    private readonly string connectionString;
    private readonly SemaphoreSlim writeGate = new(1, 1);

    public SqliteSchedulingStore(IOptions<SchedulingOptions> options, ILogger<SqliteSchedulingStore> log)
    {
        var directory = Path.GetFullPath(options.Value.DataDirectory);
        Directory.CreateDirectory(directory);
        DatabasePath = Path.Combine(directory, "scheduling.db");
        connectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = true, DefaultTimeout = 30 }.ToString();
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        var version = SqliteMigrations.Apply(connection);
        Log.DatabaseOpened(log, DatabasePath, version);
    }

    public string DatabasePath { get; }

    public void Dispose() => writeGate.Dispose();

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellation)
    {
        await writeGate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            await using var connection = Open();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellation).ConfigureAwait(false);
            var result = await work(connection, transaction).ConfigureAwait(false);
            // Committed no matter what the caller's token says now: the write was accepted.
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            return result;
        }
        finally
        {
            writeGate.Release();
        }
    }

    private async Task<List<byte[]>> ReadBlobsAsync(string sql, CancellationToken cancellation, params (string, object?)[] parameters)
    {
        await using var connection = Open();
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
        var list = new List<byte[]>();
        while (await reader.ReadAsync(cancellation).ConfigureAwait(false)) list.Add((byte[])reader[0]);
        return list;
    }

    private async Task<byte[]?> ReadBlobAsync(string sql, CancellationToken cancellation, params (string, object?)[] parameters) =>
        (await ReadBlobsAsync(sql, cancellation, parameters).ConfigureAwait(false)).FirstOrDefault();

    public Task<byte[]?> GetResourceAsync(string name, CancellationToken cancellation) =>
        ReadBlobAsync("SELECT body FROM resources WHERE name = $name", cancellation, ("$name", name));

    public async Task<IReadOnlyList<byte[]>> ListResourcesAsync(string parent, string collection, string? after, int limit, CancellationToken cancellation) =>
        await ReadBlobsAsync(
            "SELECT body FROM resources WHERE parent = $parent AND collection = $collection AND name > $after ORDER BY name LIMIT $limit",
            cancellation, ("$parent", parent), ("$collection", collection), ("$after", after ?? ""), ("$limit", limit)).ConfigureAwait(false);

    public Task<bool> TryCreateResourcesAsync(IReadOnlyList<ResourceRow> rows, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        foreach (var row in rows)
        {
            await using var exists = Command(c, "SELECT 1 FROM resources WHERE name = $name", ("$name", row.Name));
            exists.Transaction = t;
            if (await exists.ExecuteScalarAsync(cancellation).ConfigureAwait(false) is not null) return false;
            await using var insert = Command(c, "INSERT INTO resources (name, parent, collection, body) VALUES ($name, $parent, $collection, $body)",
                ("$name", row.Name), ("$parent", row.Parent), ("$collection", row.Collection), ("$body", row.Body));
            insert.Transaction = t;
            await insert.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        return true;
    }, cancellation);

    public Task<T> ChangeResourcesAsync<T>(string parent, IReadOnlyList<string> collections, Func<IReadOnlyDictionary<string, IReadOnlyList<byte[]>>, ResourceChanges<T>> decide, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        // The transaction is IMMEDIATE (Microsoft.Data.Sqlite's default): no other writer, in this process or another, comes between the read and the write.
        var stored = new Dictionary<string, IReadOnlyList<byte[]>>(StringComparer.Ordinal);
        foreach (var collection in collections.Distinct(StringComparer.Ordinal))
        {
            await using var read = Command(c, "SELECT body FROM resources WHERE parent = $parent AND collection = $collection ORDER BY name", ("$parent", parent), ("$collection", collection));
            read.Transaction = t;
            await using var reader = await read.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
            var bodies = new List<byte[]>();
            while (await reader.ReadAsync(cancellation).ConfigureAwait(false)) bodies.Add((byte[])reader[0]);
            stored[collection] = bodies;
        }

        var changes = decide(stored);
        foreach (var row in changes.Create)
        {
            await using var insert = Command(c, "INSERT INTO resources (name, parent, collection, body) VALUES ($name, $parent, $collection, $body)",
                ("$name", row.Name), ("$parent", row.Parent), ("$collection", row.Collection), ("$body", row.Body));
            insert.Transaction = t;
            await insert.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        foreach (var name in changes.Delete)
        {
            await using var delete = Command(c, "DELETE FROM resources WHERE name = $name", ("$name", name));
            delete.Transaction = t;
            await delete.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        return changes.Result;
    }, cancellation);

    public Task<bool> UpdateResourceAsync(ResourceRow row, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        await using var update = Command(c, "UPDATE resources SET body = $body WHERE name = $name", ("$name", row.Name), ("$body", row.Body));
        update.Transaction = t;
        return await update.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false) == 1;
    }, cancellation);

    public Task<int> DeleteResourceAsync(string name, bool withDescendants, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        await using var delete = Command(c,
            withDescendants ? "DELETE FROM resources WHERE name = $name OR substr(name, 1, length($prefix)) = $prefix" : "DELETE FROM resources WHERE name = $name",
            ("$name", name), ("$prefix", name + "/"));
        delete.Transaction = t;
        return await delete.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
    }, cancellation);

    public async Task<bool> HasDescendantsAsync(string name, CancellationToken cancellation)
    {
        await using var connection = Open();
        await using var command = Command(connection, "SELECT 1 FROM resources WHERE substr(name, 1, length($prefix)) = $prefix LIMIT 1", ("$prefix", name + "/"));
        return await command.ExecuteScalarAsync(cancellation).ConfigureAwait(false) is not null;
    }

    public async Task<string?> GetSettingAsync(string key, CancellationToken cancellation)
    {
        await using var connection = Open();
        await using var command = Command(connection, "SELECT value FROM settings WHERE key = $key", ("$key", key));
        return await command.ExecuteScalarAsync(cancellation).ConfigureAwait(false) as string;
    }

    public Task SetSettingAsync(string key, string value, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        await using var upsert = Command(c, "INSERT INTO settings (key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value", ("$key", key), ("$value", value));
        upsert.Transaction = t;
        return await upsert.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
    }, cancellation);

    public Task CreateJobAsync(SolveJob job, Problem problem, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        await using var insert = Command(c, "INSERT INTO jobs (name, unit, state, body, problem) VALUES ($name, $unit, $state, $body, $problem)",
            ("$name", job.Name), ("$unit", job.Unit), ("$state", job.State.ToString()), ("$body", job.ToByteArray()), ("$problem", problem.ToByteArray()));
        insert.Transaction = t;
        return await insert.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
    }, cancellation);

    public Task UpdateJobAsync(SolveJob job, CancellationToken cancellation) => WriteAsync((c, t) => UpdateJob(c, t, job, cancellation), cancellation);

    private static async Task<int> UpdateJob(SqliteConnection c, SqliteTransaction t, SolveJob job, CancellationToken cancellation)
    {
        await using var update = Command(c, "UPDATE jobs SET state = $state, body = $body WHERE name = $name",
            ("$name", job.Name), ("$state", job.State.ToString()), ("$body", job.ToByteArray()));
        update.Transaction = t;
        return await update.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
    }

    public Task FinishJobAsync(SolveJob job, Roster? roster, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        if (roster is not null)
        {
            await using var insert = Command(c, "INSERT OR REPLACE INTO rosters (name, unit, job, body, state, period_start) VALUES ($name, $unit, $job, $body, $state, $start)",
                ("$name", roster.Name), ("$unit", roster.Unit), ("$job", job.Name), ("$body", roster.ToByteArray()), ("$state", roster.State.ToString()), ("$start", roster.Period?.StartDate));
            insert.Transaction = t;
            await insert.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        return await UpdateJob(c, t, job, cancellation).ConfigureAwait(false);
    }, cancellation);

    public async Task<SolveJob?> GetJobAsync(string name, CancellationToken cancellation) =>
        await ReadBlobAsync("SELECT body FROM jobs WHERE name = $name", cancellation, ("$name", name)).ConfigureAwait(false) is { } body ? SolveJob.Parser.ParseFrom(body) : null;

    public async Task<Problem?> GetJobProblemAsync(string name, CancellationToken cancellation) =>
        await ReadBlobAsync("SELECT problem FROM jobs WHERE name = $name", cancellation, ("$name", name)).ConfigureAwait(false) is { } body ? Problem.Parser.ParseFrom(body) : null;

    public async Task<IReadOnlyList<SolveJob>> ListJobsAsync(string? unit, string? before, int limit, CancellationToken cancellation) =>
        [.. (await ReadBlobsAsync(
            "SELECT body FROM jobs WHERE ($unit IS NULL OR unit = $unit) AND ($before IS NULL OR name < $before) ORDER BY name DESC LIMIT $limit",
            cancellation, ("$unit", unit), ("$before", before), ("$limit", limit)).ConfigureAwait(false)).Select(SolveJob.Parser.ParseFrom)];

    public async Task<IReadOnlyList<SolveJob>> ListUnfinishedJobsAsync(CancellationToken cancellation) =>
        [.. (await ReadBlobsAsync(
            "SELECT body FROM jobs WHERE state IN ('Queued', 'Running') ORDER BY name",
            cancellation).ConfigureAwait(false)).Select(SolveJob.Parser.ParseFrom)];

    public Task SaveRostersAsync(IReadOnlyList<Roster> rosters, CancellationToken cancellation) => SaveRostersAsync(rosters, [], cancellation);

    public Task SaveRostersAsync(IReadOnlyList<Roster> rosters, IReadOnlyList<ResourceRow> resources, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        foreach (var row in resources)
        {
            await using var upsert = Command(c,
                "INSERT INTO resources (name, parent, collection, body) VALUES ($name, $parent, $collection, $body) ON CONFLICT(name) DO UPDATE SET parent = excluded.parent, collection = excluded.collection, body = excluded.body",
                ("$name", row.Name), ("$parent", row.Parent), ("$collection", row.Collection), ("$body", row.Body));
            upsert.Transaction = t;
            await upsert.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        foreach (var roster in rosters)
        {
            await using var insert = Command(c, "INSERT OR REPLACE INTO rosters (name, unit, job, body, state, period_start) VALUES ($name, $unit, $job, $body, $state, $start)",
                ("$name", roster.Name), ("$unit", roster.Unit), ("$job", roster.SolveJob), ("$body", roster.ToByteArray()), ("$state", roster.State.ToString()), ("$start", roster.Period?.StartDate));
            insert.Transaction = t;
            await insert.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        return rosters.Count;
    }, cancellation);

    public async Task<Roster?> GetRosterAsync(string name, CancellationToken cancellation) =>
        await ReadBlobAsync("SELECT body FROM rosters WHERE name = $name", cancellation, ("$name", name)).ConfigureAwait(false) is { } body ? Roster.Parser.ParseFrom(body) : null;

    public async Task<IReadOnlyList<Roster>> ListRostersAsync(string? unit, string? before, int limit, CancellationToken cancellation, bool basic = false) =>
        [.. (await ReadBlobsAsync(
            "SELECT body FROM rosters WHERE ($unit IS NULL OR unit = $unit) AND ($before IS NULL OR name < $before) ORDER BY name DESC LIMIT $limit",
            cancellation, ("$unit", unit), ("$before", before), ("$limit", limit)).ConfigureAwait(false)).Select(b => basic ? BasicRoster(b) : Roster.Parser.ParseFrom(b))];

    public async Task<IReadOnlyList<Roster>> ListPublishedRostersAsync(string unit, string? periodStart, CancellationToken cancellation) =>
        [.. (await ReadBlobsAsync(
            // Rows stored before the state and period columns (NULL) are read and told apart by their body.
            "SELECT body FROM rosters WHERE unit = $unit AND (state = 'Published' OR state IS NULL) AND ($start IS NULL OR period_start = $start OR period_start IS NULL) ORDER BY name DESC",
            cancellation, ("$unit", unit), ("$start", periodStart)).ConfigureAwait(false))
            .Select(BasicRoster)
            .Where(r => r.State == RosterState.Published && (periodStart is null || r.Period?.StartDate == periodStart))];

    /// <summary>The fields of a roster's BASIC view: the heavy repeated fields are skipped on the wire, not parsed and dropped.</summary>
    internal static Roster BasicRoster(byte[] body)
    {
        var input = new CodedInputStream(body);
        using var kept = new MemoryStream(capacity: 512);
        while (true)
        {
            var start = input.Position;
            var tag = input.ReadTag();
            if (tag == 0) break;
            input.SkipLastField();
            if (WireFormat.GetTagFieldNumber(tag) is Roster.AssignmentsFieldNumber or Roster.ViolationsFieldNumber or Roster.HoursFieldNumber
                or Roster.CoverageGapsFieldNumber or Roster.ShiftCoverFieldNumber or Roster.WishesFieldNumber or Roster.LastChangeFieldNumber
                or Roster.PreferencesFieldNumber) continue;
            kept.Write(body, (int)start, (int)(input.Position - start));
        }

        return Roster.Parser.ParseFrom(kept.ToArray());
    }
}

/// <summary>
/// The schema, as numbered steps recorded in <c>schema_version</c>; at start the missing steps run in
/// one transaction. Add a step at the end; never change one that has shipped.
/// </summary>
internal static class SqliteMigrations
{
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE resources (
            name TEXT PRIMARY KEY,
            parent TEXT NOT NULL,
            collection TEXT NOT NULL,
            body BLOB NOT NULL);
        CREATE INDEX resources_by_parent ON resources (parent, collection, name);
        CREATE TABLE jobs (
            name TEXT PRIMARY KEY,
            unit TEXT NOT NULL,
            state TEXT NOT NULL,
            body BLOB NOT NULL,
            problem BLOB NOT NULL);
        CREATE INDEX jobs_by_state ON jobs (state);
        CREATE TABLE rosters (
            name TEXT PRIMARY KEY,
            unit TEXT NOT NULL,
            job TEXT NOT NULL,
            body BLOB NOT NULL);
        CREATE INDEX rosters_by_unit ON rosters (unit, name);
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL);
        """,
        // A roster's state and period's first day as columns, so an employee's published roster is found without reading every roster.
        """
        ALTER TABLE rosters ADD COLUMN state TEXT;
        ALTER TABLE rosters ADD COLUMN period_start TEXT;
        CREATE INDEX rosters_by_state ON rosters (unit, state, period_start);
        """,
    ];

    public static int Latest => Steps.Length;

    public static int Apply(SqliteConnection connection)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)";
            create.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        var current = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (current > Steps.Length)
            throw new InvalidOperationException($"the database is at schema version {current}, newer than this build knows ({Steps.Length}); use a newer build");
        for (var v = current + 1; v <= Steps.Length; v++)
        {
            using var step = connection.CreateCommand();
            step.Transaction = transaction;
            step.CommandText = Steps[v - 1];
            step.ExecuteNonQuery();
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES ($v, datetime('now'))";
            record.Parameters.AddWithValue("$v", v);
            record.ExecuteNonQuery();
        }

        transaction.Commit();
        return Steps.Length;
    }
}
